package org.packagecatalogue.platform;

/**
 * ETags of single objects are their row version ("7"); an If-Match header names the version a writer
 * read. Both dialects use these, so a client may read in one and write in the other.
 */
public final class EntityTags {

    public static final String ETAG = "ETag";
    public static final String IF_MATCH = "If-Match";

    private EntityTags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /**
     * The version an If-Match header asks for: null when there is none (or "*": any version); a version
     * that can never match when the header is not one of ours, so that the write is refused (412).
     */
    public static Long expected(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            return -1L;
        }
    }
}
