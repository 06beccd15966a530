package org.packagecatalogue.catalogue.changes;

import java.util.List;

/**
 * One object's part in one change, before it is written: what changed, where it belongs and how.
 *
 * @param version the object's version after the change (for a delete, the one it had); an object without
 *                a version of its own carries its root's
 */
public record Change(String objectType, long objectId, String objectUid, ChangeAction action, Long version,
                     Root root, List<FieldChange> fields) {

    /** The aggregate an object belongs to (a package for what it holds), and the owner who may read its history. */
    public record Root(String type, long id, String uid, long ownerId) {
    }

    public Change withVersion(Long newVersion) {
        return new Change(objectType, objectId, objectUid, action, newVersion, root, fields);
    }
}
