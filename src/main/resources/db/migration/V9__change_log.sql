-- The change log: one row per committed change of one object, written by the write path in the same
-- transaction as the change (so a rolled-back write leaves none). Consumers (history, webhooks, the
-- cross-replica cache, scheduled prices) read it in seq order; per object, seq follows commit order,
-- because every write path holds the object's row lock (or its package's) while it writes the entry.
create table change_log (
    seq              bigint generated always as identity primary key,
    object_type      text        not null,
    object_id        bigint      not null,
    -- the object's public id (a UUID for catalogue objects, the client id for an API client)
    object_uid       text        not null,
    action           text        not null,
    -- the object's version after the change (where it has one); for a delete, the version it had
    object_version   bigint,
    -- the aggregate the object belongs to (a package for its contents and subscriptions), for history
    root_type        text        not null,
    root_id          bigint      not null,
    root_uid         text        not null,
    -- the owner the object belongs to, which decides who may read its history. No foreign key: the check
    -- would share-lock the owner's row in every write (a multixact once writers of one owner overlap), and
    -- owners are never deleted
    owner_id         bigint      not null,
    -- who made the change: the acting API client and its owner, and the request's trackingId
    actor_client_id  text,
    actor_owner_id   bigint,
    tracking_id      text,
    -- the transaction's id, shared by every entry of one change; its time is taken at the end of the write
    tx_id            xid8        not null default pg_current_xact_id(),
    changed_at       timestamptz not null default clock_timestamp(),
    -- {"coreFieldName": {"before": v, "after": v}, ...}: only the fields that changed; no secret, ever
    fields           jsonb       not null
);
-- Every index is written by every change, so there are two: history reads a root's entries by number,
-- and finds the number of a public id (mPaaS) by the object's creation, one entry per object (an index of
-- every entry's random UUID cost a write of a random page, and its WAL, each time). Retention walks seq,
-- whose order is changed_at's.
create index change_log_root_idx on change_log (root_type, root_id, seq);
create index change_log_created_uid_idx on change_log (object_uid) where action = 'created';

-- Exactly-once retries: a key's answer is kept in the write's own transaction, with its headers.
alter table idempotency_key add column headers text;
