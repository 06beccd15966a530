-- Loads :n packages for owner :owner, set-based inside PostgreSQL (no HTTP): each package has two
-- services, one usage bucket with three tiers, a monthly frequency and two currencies. Also
-- :targets "patch target" packages with 50 services each, for the PATCH benchmark.
--   psql -v n=10000 -v owner=1 -v targets=100 -f bench/load.sql
\set ON_ERROR_STOP on
set synchronous_commit = off;
begin;

insert into service (owner_id, name, description, service_category_id)
select :owner, 'Bench service ' || g, 'Benchmark service', 1 + g % 6 from generate_series(1, 50) g;
select min(id) as s1, max(id) as s2 from service where owner_id = :owner and name like 'Bench service %' \gset

create temp table new_package on commit drop as
with created as (
    insert into package (owner_id, name, description, invoice_detail, default_account_package_status_type_id, package_category_id, sale_type, start_at)
    select :owner, 'Bench package ' || g, 'Benchmark package number ' || g, 'Bench ' || g, 1, 1 + g % 7, 'sip', now()
    from generate_series(1, :n) g
    returning id, owner_id)
select id, owner_id from created;

create temp table new_service on commit drop as
with created as (
    insert into package_service (package_id, service_id, default_instances, minimum_instances, maximum_instances, term_id,
                                 usage_class_id, service_category_id, price, monthly, item_type)
    select p.id, s.service_id, 1, 0, 2, 5, 1, 2, 1.50, true, 'sip'
    from new_package p cross join (values (:s1::bigint), (:s2::bigint)) s(service_id)
    returning id, package_id, service_id)
select id, package_id, service_id = :s1 as first from created;

\ir load-contents.sql

-- patch targets: packages with 50 services each
create temp table target on commit drop as
with created as (
    insert into package (owner_id, name, description, default_account_package_status_type_id, package_category_id)
    select :owner, 'Patch target ' || g, 'PATCH benchmark', 1, 1 from generate_series(1, :targets) g
    returning id)
select id from created;
insert into package_service (package_id, service_id, default_instances, minimum_instances, maximum_instances)
select t.id, s.id, 1, 0, 100 from target t cross join (select id from service where owner_id = :owner and name like 'Bench service %') s;

commit;
analyze;
