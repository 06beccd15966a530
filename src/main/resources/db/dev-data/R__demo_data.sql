-- DEMO DATA FOR DEV MODE ONLY (quarkus.flyway.locations in the %dev profile). Never loaded in test or prod.
-- Credentials (all DEMO, documented in the README):
--   aggregator        client_id AGID-00000000-0000-4000-8000-000000000001  secret demo-aggregator-secret
--   Northwind Mobile  client_id DID-00000000-0000-4000-8000-000000000002   secret demo-northwind-secret
--   Contoso Telecom   client_id DID-00000000-0000-4000-8000-000000000003   secret demo-contoso-secret
--   Northwind, read-only  client_id demo-northwind-readonly             secret demo-readonly-secret
-- Repeatable and idempotent: it only inserts what is missing.

insert into owner (id, uid, kind, name, parent_id, path) values
    (1, '00000000-0000-4000-8000-000000000001', 'AGGREGATOR', 'Demo Aggregator', null, '/1/'),
    (2, '00000000-0000-4000-8000-000000000002', 'DISTRIBUTOR', 'Northwind Mobile', 1, '/1/2/'),
    (3, '00000000-0000-4000-8000-000000000003', 'DISTRIBUTOR', 'Contoso Telecom', 1, '/1/3/')
on conflict do nothing;
select setval('owner_id_seq', greatest((select max(id) from owner), 3));

insert into api_client (client_id, secret_hash, owner_id, access) values
    ('AGID-00000000-0000-4000-8000-000000000001', '$2b$11$U3ymZfin38ee27nAu9r4Cuo1CnLDYff1QuypYsX/JRN4PCgqDBlma', 1, 'READ_WRITE'),
    ('DID-00000000-0000-4000-8000-000000000002', '$2b$11$LU4ipaq8XrfeAqgji6rmtOKo1JBilxaNwEvBO9TeIdgTgS/v/FvOK', 2, 'READ_WRITE'),
    ('DID-00000000-0000-4000-8000-000000000003', '$2b$11$38U6tdJEskpVJh2O/SjtU.pxZj5KZQHOpzcee5bN91mLF7Qajtxhi', 3, 'READ_WRITE'),
    ('demo-northwind-readonly', '$2b$11$sEU8FIW6CsXGkw4oaPZ/xeQ4.maa0vNlNRhE1tTKpWpcX.cGhLWDm', 2, 'READ_ONLY')
on conflict (client_id) do nothing;

insert into package (uid, owner_id, name, description, invoice_detail, start_at, expiry_at, full_period, post_paid,
                     bill_on_account_bill_day, charge_recurring_if_usage, is_global_add_on_eligible, is_quantity_allowed,
                     default_account_package_status_type_id, package_category_id)
values
    ('10000000-0000-4000-8000-000000000001', 1, 'Platform Wholesale SIP Trunk', 'Wholesale SIP trunking for every distributor', 'SIP trunk', '2025-01-01T00:00:00Z', null, true, true, true, false, true, false, 1, 1),
    ('10000000-0000-4000-8000-000000000002', 1, 'Platform IoT Starter', 'Low-rate IoT data for fleet devices', 'IoT data', '2025-01-01T00:00:00Z', null, false, true, true, true, false, true, 1, 7),
    ('10000000-0000-4000-8000-000000000003', 2, 'Northwind Gold Service Plan', 'The best service plan available', 'Gold plan', '2025-01-01T00:00:00Z', null, true, true, true, false, true, false, 1, 1),
    ('10000000-0000-4000-8000-000000000004', 2, 'Northwind Silver', 'Unlimited talk and text, 10 GB data', 'Silver plan', '2025-01-01T00:00:00Z', null, true, true, true, false, true, false, 1, 1),
    ('10000000-0000-4000-8000-000000000005', 2, 'Northwind Prepaid 5', 'Prepaid bundle, 5 GB', 'Prepaid 5', '2025-01-01T00:00:00Z', null, false, false, false, false, false, true, 1, 5),
    ('10000000-0000-4000-8000-000000000006', 2, 'Northwind Roaming Add-on', 'EU roaming pass', 'Roaming', '2025-01-01T00:00:00Z', '2030-01-01T00:00:00Z', false, true, true, false, true, true, 1, 2),
    ('10000000-0000-4000-8000-000000000007', 2, 'Northwind eSIM Family', 'Four eSIM lines sharing 50 GB', 'Family', '2025-06-01T00:00:00Z', null, true, true, true, false, true, false, 1, 3),
    ('10000000-0000-4000-8000-000000000008', 3, 'Contoso Business Voice', 'Hosted PBX seat with DID', 'Business voice', '2025-01-01T00:00:00Z', null, true, true, true, false, false, true, 1, 6),
    ('10000000-0000-4000-8000-000000000009', 3, 'Contoso Fibre 1G', 'Symmetric 1 Gb/s fibre', 'Fibre 1G', '2025-01-01T00:00:00Z', null, true, true, true, false, false, false, 1, 6),
    ('10000000-0000-4000-8000-000000000010', 3, 'Contoso Summer Promo', 'Double data for three months', 'Summer promo', '2026-06-01T00:00:00Z', '2026-09-01T00:00:00Z', false, true, true, false, true, false, 4, 4),
    ('10000000-0000-4000-8000-000000000011', 3, 'Contoso SMS Bundle', '1000 SMS per month', 'SMS bundle', '2025-01-01T00:00:00Z', null, false, true, true, true, true, true, 1, 2),
    ('10000000-0000-4000-8000-000000000012', 3, 'Contoso Legacy DSL', 'Retired: no longer sold', 'Legacy DSL', '2015-01-01T00:00:00Z', '2024-01-01T00:00:00Z', true, true, true, false, false, false, 2, 1)
on conflict (uid) do nothing;

-- Contents: Northwind's services, and its Gold plan with two services, a data bucket of three tiers,
-- two billing frequencies and two currencies. Inserted only while the Gold plan has no contents.
insert into service (uid, owner_id, name, description, service_category_id) values
    ('20000000-0000-4000-8000-000000000001', 2, 'Mobile data', 'Data usage', 2),
    ('20000000-0000-4000-8000-000000000002', 2, 'Voice minutes', 'Voice usage', 1),
    ('20000000-0000-4000-8000-000000000003', 2, 'SMS', 'Text messages', 3)
on conflict (uid) do nothing;

do $$
declare
    gold bigint := (select id from package where uid = '10000000-0000-4000-8000-000000000003');
    data_ps bigint;
    voice_ps bigint;
    monthly bigint;
    bucket bigint;
begin
    if gold is null or exists (select 1 from package_service where package_id = gold) then
        return;
    end if;
    insert into package_service (package_id, service_id, default_instances, minimum_instances, maximum_instances, term_id, usage_class_id, service_category_id)
        values (gold, (select id from service where uid = '20000000-0000-4000-8000-000000000001'), 1, 1, 1, 5, 1, 2)
        returning id into data_ps;
    insert into package_service (package_id, service_id, default_instances, minimum_instances, maximum_instances, term_id, usage_class_id, service_category_id)
        values (gold, (select id from service where uid = '20000000-0000-4000-8000-000000000002'), 1, 0, 2, 5, 2, 1)
        returning id into voice_ps;
    -- the first frequency is the package's pricing: 49.00 a month (what the mPaaS dialect answers as Price)
    insert into package_frequency (package_id, owner_id, frequency, frequency_type_id, sku, name, is_active, counting_rule_id, price)
        values (gold, 2, 1, 1, 'NW-GOLD-M', 'Monthly', true, 1, 49.00) returning id into monthly;
    insert into package_frequency (package_id, owner_id, frequency, frequency_type_id, sku, name, is_active, counting_rule_id, price)
        values (gold, 2, 1, 2, 'NW-GOLD-Y', 'Yearly', true, 2, 499.00);
    insert into package_currency (package_id, currency_id) values (gold, 840), (gold, 978);
    insert into usage_bucket (package_service_id, name, prorate, is_infinite_last_tier, usage_bucket_refill_type_id, refill_frequency, refill_frequency_type_id, is_bytes_in_binary_unit, usage_bucket_base_unit_id)
        values (data_ps, 'Gold data', true, true, 2, 1, 1, true, 1) returning id into bucket;
    insert into tier (usage_bucket_id, threshold, flat_charge, money, usage_unit_id, currency_id, package_frequency_id) values
        (bucket, 0, 0, 0, 4, 840, monthly),
        (bucket, 10, 0, 2.50, 4, 840, monthly),
        (bucket, 50, 5, 1.25, 4, 840, monthly);
    insert into usage_bucket (package_service_id, name, is_infinite_last_tier, usage_bucket_base_unit_id)
        values (voice_ps, 'Gold minutes', true, 2) returning id into bucket;
    insert into tier (usage_bucket_id, threshold, money, usage_unit_id, currency_id) values
        (bucket, 0, 0, 6, 840),
        (bucket, 1000, 0.05, 6, 840);
end $$;
