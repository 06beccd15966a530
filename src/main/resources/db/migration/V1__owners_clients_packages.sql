-- Owners form a hierarchy: an aggregator (the platform owner) and the distributors below it.
-- `path` is the chain of ids from the root ('/1/', '/1/7/'): a caller sees every owner whose path
-- starts with its own, which makes tenant scoping one indexed prefix match.
create sequence owner_id_seq;
create table owner (
    id         bigint primary key default nextval('owner_id_seq'),
    uid        uuid        not null unique,
    kind       text        not null check (kind in ('AGGREGATOR', 'DISTRIBUTOR')),
    name       text        not null check (length(name) between 1 and 255),
    parent_id  bigint      references owner (id),
    path       text        not null unique,
    created    timestamptz not null default now(),
    check ((kind = 'AGGREGATOR') = (parent_id is null))
);
alter sequence owner_id_seq owned by owner.id;
create index owner_path_prefix_idx on owner (path text_pattern_ops);

-- API clients trade client_id + client_secret for tokens. Secrets are stored as bcrypt hashes.
create sequence api_client_id_seq;
create table api_client (
    id          bigint primary key default nextval('api_client_id_seq'),
    client_id   text        not null unique,
    secret_hash text        not null,
    owner_id    bigint      not null references owner (id),
    access      text        not null check (access in ('READ_WRITE', 'READ_ONLY')),
    created     timestamptz not null default now()
);
alter sequence api_client_id_seq owned by api_client.id;
create index api_client_owner_idx on api_client (owner_id);

-- Lookups answered with their names.
create table package_category (
    id   integer primary key,
    name text not null unique
);
insert into package_category (id, name) values
    (1, 'Default'),
    (2, 'Add-on'),
    (3, 'Bundle'),
    (4, 'Promotional'),
    (5, 'Prepaid'),
    (6, 'Postpaid'),
    (7, 'IoT');

create table account_package_status_type (
    id   integer primary key,
    name text not null unique
);
insert into account_package_status_type (id, name) values
    (1, 'Enable'),
    (2, 'Disable'),
    (3, 'Suspend'),
    (4, 'Pending'),
    (5, 'Cancel');

-- The package: an offering added to customer accounts and billed.
create sequence package_id_seq increment by 50;
create table package (
    id                                    bigint primary key default nextval('package_id_seq'),
    uid                                   uuid        not null unique default gen_random_uuid(),
    owner_id                              bigint      not null references owner (id),
    name                                  text        not null check (length(name) between 1 and 255),
    description                           text,
    invoice_detail                        text,
    start_at                              timestamptz,
    expiry_at                             timestamptz,
    full_period                           boolean     not null default false,
    post_paid                             boolean     not null default false,
    bill_on_account_bill_day              boolean     not null default false,
    charge_recurring_if_usage             boolean     not null default false,
    is_global_add_on_eligible             boolean     not null default false,
    is_quantity_allowed                   boolean     not null default false,
    default_account_package_status_type_id integer    not null references account_package_status_type (id),
    package_category_id                   integer     not null references package_category (id),
    created                               timestamptz not null default now(),
    updated                               timestamptz not null default now(),
    version                               bigint      not null default 0,
    check (expiry_at is null or start_at is null or expiry_at > start_at)
);
alter sequence package_id_seq owned by package.id;
create index package_owner_idx on package (owner_id, id);
