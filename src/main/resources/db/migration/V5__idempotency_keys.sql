-- Idempotency-Key: the first answer to a create or PATCH, kept so that a retry with the same key
-- (on any replica) gets it again instead of writing twice. Scoped to the caller.
create table idempotency_key (
    scope         text        not null,
    key           text        not null check (length(key) between 1 and 255),
    request_hash  text        not null,
    status        integer,
    body          text,
    created       timestamptz not null default now(),
    completed     timestamptz,
    primary key (scope, key)
);
create index idempotency_key_created_idx on idempotency_key (created);
