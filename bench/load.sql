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
    returning id)
select id from created;

create temp table new_service on commit drop as
with created as (
    insert into package_service (package_id, service_id, default_instances, minimum_instances, maximum_instances, term_id,
                                 usage_class_id, service_category_id, price, monthly, item_type)
    select p.id, s.service_id, 1, 0, 2, 5, 1, 2, 1.50, true, 'sip'
    from new_package p cross join (values (:s1::bigint), (:s2::bigint)) s(service_id)
    returning id, package_id, service_id)
select id, package_id, service_id from created;

create temp table new_frequency on commit drop as
with created as (
    insert into package_frequency (package_id, owner_id, frequency, frequency_type_id, sku, name, is_active, counting_rule_id, price)
    select id, :owner, 1, 1, 'BENCH-' || id, 'Monthly', true, 1, 9.99 from new_package
    returning id, package_id)
select id, package_id from created;

insert into package_currency (package_id, currency_id)
select id, c from new_package cross join (values (840), (978)) cur(c);

create temp table new_bucket on commit drop as
with created as (
    insert into usage_bucket (package_service_id, name, prorate, is_infinite_last_tier, usage_bucket_refill_type_id,
                              refill_frequency, refill_frequency_type_id, is_bytes_in_binary_unit, usage_bucket_base_unit_id)
    select id, 'Bench data', true, true, 2, 1, 1, true, 1 from new_service where service_id = :s1
    returning id, package_service_id)
select b.id, s.package_id from created b join new_service s on s.id = b.package_service_id;

insert into tier (usage_bucket_id, threshold, flat_charge, money, usage_unit_id, currency_id, package_frequency_id)
select b.id, t.threshold, 0, t.money, 4, 840, f.id
from new_bucket b join new_frequency f on f.package_id = b.package_id
cross join (values (0, 0.00), (10, 2.50), (50, 1.25)) t(threshold, money);

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
