-- What every benchmark package holds besides its two services, for the packages and services the including script
-- made: a monthly frequency, two currencies, and on its first service a usage bucket with three tiers. It expects the
-- temporary tables new_package (id, owner_id) and new_service (id, package_id, first), inside their transaction.
create temp table new_frequency on commit drop as
with created as (
    insert into package_frequency (package_id, owner_id, frequency, frequency_type_id, sku, name, is_active, counting_rule_id, price)
    select id, owner_id, 1, 1, 'BENCH-' || id, 'Monthly', true, 1, 9.99 from new_package
    returning id, package_id)
select id, package_id from created;

insert into package_currency (package_id, currency_id)
select id, c from new_package cross join (values (840), (978)) cur(c);

create temp table new_bucket on commit drop as
with created as (
    insert into usage_bucket (package_service_id, name, prorate, is_infinite_last_tier, usage_bucket_refill_type_id,
                              refill_frequency, refill_frequency_type_id, is_bytes_in_binary_unit, usage_bucket_base_unit_id)
    select id, 'Bench data', true, true, 2, 1, 1, true, 1 from new_service where first
    returning id, package_service_id)
select b.id, s.package_id from created b join new_service s on s.id = b.package_service_id;

insert into tier (usage_bucket_id, threshold, flat_charge, money, usage_unit_id, currency_id, package_frequency_id)
select b.id, t.threshold, 0, t.money, 4, 840, f.id
from new_bucket b join new_frequency f on f.package_id = b.package_id
cross join (values (0, 0.00), (10, 2.50), (50, 1.25)) t(threshold, money);
