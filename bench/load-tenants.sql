-- The multi-tenant catalogue: under the aggregator :parent, distributors up to :tenants in all (those already there, such
-- as the one bench/run onboards through the API to measure as, count), each with :n packages shaped as bench/load.sql
-- makes them (two services, a usage bucket with three tiers, a monthly frequency, two currencies). The packages of the
-- distributors are interleaved in id order, as tenants that sell at the same time leave them.
--   psql -v parent=1 -v tenants=1000 -v n=1000 -f bench/load-tenants.sql
\set ON_ERROR_STOP on
set synchronous_commit = off;
begin;

select path as parent_path from owner where id = :parent \gset
select count(*) as existing from owner where parent_id = :parent \gset

insert into owner (uid, kind, name, parent_id, path)
select gen_random_uuid(), 'DISTRIBUTOR', 'Bench distributor ' || g, :parent, 'pending-' || g
from generate_series(:existing + 1, :tenants) g;
update owner set path = :'parent_path' || id || '/' where parent_id = :parent and path like 'pending-%';

create temp table tenant on commit drop as
select id, row_number() over (order by id) as k from owner where parent_id = :parent;

-- two services each
create temp table tenant_service on commit drop as
with created as (
    insert into service (owner_id, name, description, service_category_id)
    select t.id, 'Bench service ' || s, 'Benchmark service', 1 + s from tenant t cross join generate_series(1, 2) s
    returning id, owner_id, name)
select owner_id,
       min(id) filter (where name = 'Bench service 1') as s1,
       min(id) filter (where name = 'Bench service 2') as s2
from created group by owner_id;

create temp table new_package on commit drop as
with created as (
    insert into package (owner_id, name, description, invoice_detail, default_account_package_status_type_id, package_category_id, sale_type, start_at)
    select t.id, 'Bench package ' || g, 'Benchmark package number ' || g, 'Bench ' || g, 1, 1 + g % 7, 'sip', now()
    from generate_series(1, :n) g cross join tenant t
    order by g, t.k
    returning id, owner_id)
select id, owner_id from created;

create temp table new_service on commit drop as
with created as (
    insert into package_service (package_id, service_id, default_instances, minimum_instances, maximum_instances, term_id,
                                 usage_class_id, service_category_id, price, monthly, item_type)
    select p.id, s.service_id, 1, 0, 2, 5, 1, 2, 1.50, true, 'sip'
    from new_package p join tenant_service ts on ts.owner_id = p.owner_id
    cross join lateral (values (ts.s1, true), (ts.s2, false)) s(service_id, first)
    returning id, package_id, service_id)
select c.id, c.package_id, c.service_id = ts.s1 as first
from created c join new_package p on p.id = c.package_id join tenant_service ts on ts.owner_id = p.owner_id;

\ir load-contents.sql

commit;
analyze;
