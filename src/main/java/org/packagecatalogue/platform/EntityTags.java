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
     * A Package Detail's ETag: the package's version and the sum of the versions of the services it shows
     * ("7.12"), so that renaming a service changes the ETag of every Detail that shows it. As an If-Match it
     * names the package's version (7).
     */
    public static String ofDetail(long version, long shownServicesVersion) {
        return "\"" + version + "." + shownServicesVersion + "\"";
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
        int detail = tag.indexOf('.');
        if (detail > 0) {
            tag = tag.substring(0, detail); // a Detail's ETag: the package's version, then the services'
        }
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            return -1L;
        }
    }
}
