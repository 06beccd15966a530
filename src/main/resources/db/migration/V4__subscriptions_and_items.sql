-- A package sold to a subscriber. It keeps the price and billing cycle it was sold with: later
-- changes to the package apply to new subscriptions only.
create sequence subscription_id_seq increment by 50;
create table subscription (
    id              bigint primary key default nextval('subscription_id_seq'),
    uid             uuid           not null unique default gen_random_uuid(),
    package_id      bigint         not null references package (id),
    subscriber_uid  uuid           not null,
    number_uid      uuid,
    iccid           text           check (iccid ~ '^[0-9]{18,22}F?$'),
    sale_type       text           check (length(sale_type) between 1 and 64),
    price           numeric(19, 6) not null check (price >= 0),
    monthly         boolean        not null,
    active          boolean        not null default true,
    created         timestamptz    not null default now(),
    cancelled       timestamptz,
    check (active = (cancelled is null))
);
alter sequence subscription_id_seq owned by subscription.id;
create index subscription_package_idx on subscription (package_id, id);
create index subscription_active_package_idx on subscription (package_id) where active;

-- A package's services, seen by the mPaaS dialect as its items (PIID-…), each sold at its own price.
alter table package_service add column uid uuid not null unique default gen_random_uuid();
alter table package_service add column price numeric(19, 6) check (price >= 0);
alter table package_service add column monthly boolean;
alter table package_service add column item_type text check (length(item_type) between 1 and 64);
