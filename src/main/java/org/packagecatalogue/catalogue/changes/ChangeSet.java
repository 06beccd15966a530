package org.packagecatalogue.catalogue.changes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What one write did, object by object, collected while it runs and written by {@link ChangeLog#write}.
 * An update is compared with the object as the session loaded it, so call {@link #updated} before the
 * write flushes; a create is read when the set is written, once it has its id.
 */
public final class ChangeSet {

    final ChangeLog log;
    final List<Pending> pending = new ArrayList<>();

    ChangeSet(ChangeLog log) {
        this.log = log;
    }

    static final class Pending {
        final Recorded entity;
        final Recorded root;
        final ChangeAction action;
        final Map<String, Object> before;
        final List<FieldChange> fields;

        Pending(Recorded entity, Recorded root, ChangeAction action, Map<String, Object> before, List<FieldChange> fields) {
            this.entity = entity;
            this.root = root;
            this.action = action;
            this.before = before;
            this.fields = fields;
        }
    }

    /** A new object; {@code root} is the aggregate it belongs to (itself, for a root). */
    public ChangeSet created(Recorded entity, Recorded root) {
        return created(entity, root, ChangeAction.CREATED);
    }

    public ChangeSet created(Recorded entity, Recorded root, ChangeAction action) {
        pending.add(new Pending(entity, root, action, null, null));
        return this;
    }

    /**
     * An object the session loaded and the write changed, recorded only if a field differs from what was
     * loaded; true if one does.
     */
    public boolean updated(Recorded entity, Recorded root, ChangeAction action) {
        Map<String, Object> before = log.loadedState(entity, root);
        if (before == null) {
            return false; // not loaded by this session: a new object, recorded by created()
        }
        List<FieldChange> fields = ChangeLog.diff(before, log.state(entity, root));
        if (fields == null) {
            return false;
        }
        pending.add(new Pending(entity, root, action, before, fields));
        return true;
    }

    public boolean updated(Recorded entity, Recorded root) {
        return updated(entity, root, ChangeAction.UPDATED);
    }

    /** An object the write removes, with every field it had; call it before the row goes. */
    public ChangeSet deleted(Recorded entity, Recorded root) {
        Map<String, Object> before = log.loadedState(entity, root);
        pending.add(new Pending(entity, root, ChangeAction.DELETED, before != null ? before : log.state(entity, root), null));
        return this;
    }

    public boolean isEmpty() {
        return pending.isEmpty();
    }
}
