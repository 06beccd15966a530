-- The package's contents: services (billable line items), billing frequencies, currencies, and
-- usage buckets with priced tiers. Every row hangs off a package, so it is scoped by the package's owner.

-- Lookups ---------------------------------------------------------------------------------------
create table currency (
    id             integer primary key,          -- the ISO 4217 numeric code (840 = USD)
    code           char(3) not null unique,
    name           text    not null,
    minor_units    integer not null
);

create table term (id integer primary key, name text not null unique);
insert into term (id, name) values (1, 'No term'), (2, '1 Month'), (3, '3 Months'), (4, '6 Months'), (5, '12 Months'), (6, '24 Months'), (7, '36 Months');

create table frequency_type (id integer primary key, name text not null unique);
insert into frequency_type (id, name) values (1, 'Monthly'), (2, 'Annual'), (3, 'One-time'), (4, 'Weekly'), (5, 'Daily'), (6, 'Quarterly');

create table counting_rule (id integer primary key, name text not null unique);
insert into counting_rule (id, name) values (1, 'Calendar'), (2, 'Anniversary');

create table usage_unit (id integer primary key, name text not null unique);
insert into usage_unit (id, name) values (1, 'Byte'), (2, 'Kilobyte'), (3, 'Megabyte'), (4, 'Gigabyte'), (5, 'Second'), (6, 'Minute'), (7, 'Message'), (8, 'Event'), (9, 'Unit');

create table usage_class (id integer primary key, name text not null unique);
insert into usage_class (id, name) values (1, 'Data'), (2, 'Voice'), (3, 'SMS'), (4, 'MMS'), (5, 'Other');

create table service_category (id integer primary key, name text not null unique);
insert into service_category (id, name) values (1, 'Voice'), (2, 'Data'), (3, 'Messaging'), (4, 'Equipment'), (5, 'Connectivity'), (6, 'Other');

create table usage_bucket_refill_type (id integer primary key, name text not null unique);
insert into usage_bucket_refill_type (id, name) values (1, 'None'), (2, 'Reset'), (3, 'Rollover'), (4, 'Top-up');

create table usage_bucket_base_unit (id integer primary key, name text not null unique);
insert into usage_bucket_base_unit (id, name) values (1, 'Bytes'), (2, 'Seconds'), (3, 'Units'), (4, 'Money');

-- Services: the billable services of an owner's catalogue ---------------------------------------
create sequence service_id_seq increment by 50;
create table service (
    id                   bigint primary key default nextval('service_id_seq'),
    uid                  uuid        not null unique default gen_random_uuid(),
    owner_id             bigint      not null references owner (id),
    name                 text        not null check (length(name) between 1 and 255),
    description          text,
    service_category_id  integer     not null references service_category (id),
    created              timestamptz not null default now(),
    updated              timestamptz not null default now(),
    version              bigint      not null default 0
);
alter sequence service_id_seq owned by service.id;
create index service_owner_idx on service (owner_id, id);

-- A service in a package ------------------------------------------------------------------------
create sequence package_service_id_seq increment by 50;
create table package_service (
    id                                      bigint primary key default nextval('package_service_id_seq'),
    package_id                              bigint      not null references package (id),
    service_id                              bigint      not null references service (id),
    default_instances                       integer     not null,
    minimum_instances                       integer     not null,
    maximum_instances                       integer     not null,
    term_id                                 integer     references term (id),
    usage_class_id                          integer     references usage_class (id),
    service_category_id                     integer     references service_category (id),
    is_usage_bucket_share_plan_package_service boolean  not null default false,
    created                                 timestamptz not null default now(),
    updated                                 timestamptz not null default now(),
    check (minimum_instances >= 0 and minimum_instances <= default_instances and default_instances <= maximum_instances)
);
alter sequence package_service_id_seq owned by package_service.id;
create index package_service_package_idx on package_service (package_id, id);
create index package_service_service_idx on package_service (service_id);

-- Billing frequencies of a package; the sku is unique within the owner's catalogue ---------------
create sequence package_frequency_id_seq increment by 50;
create table package_frequency (
    id                                        bigint primary key default nextval('package_frequency_id_seq'),
    package_id                                bigint      not null references package (id),
    owner_id                                  bigint      not null references owner (id),
    frequency                                 integer     not null check (frequency >= 0),
    frequency_type_id                         integer     not null references frequency_type (id),
    term_id                                   integer     references term (id),
    sku                                       text        check (length(sku) between 1 and 255),
    name                                      text        check (length(name) <= 255),
    is_active                                 boolean     not null default true,
    is_usage_bucket_share_plan_package_frequency boolean  not null default false,
    counting_rule_id                          integer     references counting_rule (id),
    created                                   timestamptz not null default now(),
    updated                                   timestamptz not null default now()
);
alter sequence package_frequency_id_seq owned by package_frequency.id;
create index package_frequency_package_idx on package_frequency (package_id, id);
alter table package_frequency add constraint package_frequency_sku_per_owner unique (owner_id, sku) deferrable initially deferred;

-- Currencies a package is sold in ---------------------------------------------------------------
create sequence package_currency_id_seq increment by 50;
create table package_currency (
    id           bigint primary key default nextval('package_currency_id_seq'),
    package_id   bigint  not null references package (id),
    currency_id  integer not null references currency (id),
    constraint package_currency_once unique (package_id, currency_id) deferrable initially deferred
);
alter sequence package_currency_id_seq owned by package_currency.id;
create index package_currency_currency_idx on package_currency (currency_id, package_id);

-- Usage buckets of a package service, and their tiers -------------------------------------------
-- References to objects this service does not manage (share-plan contributions, notification
-- configurations, geo-located usage bases, the overage rate plan, price books) are kept as given:
-- ids and names, answered where present.
create sequence usage_bucket_id_seq increment by 50;
create table usage_bucket (
    id                                  bigint primary key default nextval('usage_bucket_id_seq'),
    package_service_id                  bigint      not null references package_service (id),
    name                                text        not null check (length(name) between 1 and 255),
    prorate                             boolean     not null default false,
    is_infinite_last_tier               boolean     not null default false,
    is_threshold_per_account_service    boolean     not null default false,
    usage_bucket_refill_type_id         integer     references usage_bucket_refill_type (id),
    refill_frequency                    integer     check (refill_frequency >= 0),
    refill_frequency_type_id            integer     references frequency_type (id),
    expire_after_frequency              integer     check (expire_after_frequency >= 0),
    expire_after_frequency_type_id      integer     references frequency_type (id),
    expire_after_recurrence             integer     check (expire_after_recurrence >= 0),
    is_associated_with_share_plan       boolean     not null default false,
    account_package_activation          boolean     not null default false,
    overage_usage_rate_plan_id          bigint,
    overage_usage_rate_plan_name        text,
    is_shared_across_package            boolean     not null default false,
    is_bytes_in_binary_unit             boolean     not null default false,
    usage_bucket_base_unit_id           integer     references usage_bucket_base_unit (id),
    contributions                       jsonb,
    usage_bucket_notifications          jsonb,
    usage_bucket_base                   jsonb,
    created                             timestamptz not null default now(),
    updated                             timestamptz not null default now()
);
alter sequence usage_bucket_id_seq owned by usage_bucket.id;
create index usage_bucket_package_service_idx on usage_bucket (package_service_id, id);

create sequence tier_id_seq increment by 50;
create table tier (
    id                    bigint primary key default nextval('tier_id_seq'),
    usage_bucket_id       bigint         not null references usage_bucket (id),
    threshold             numeric(19, 6) not null check (threshold >= 0),
    flat_charge           numeric(19, 6),
    money                 numeric(19, 6),
    usage_unit_id         integer        references usage_unit (id),
    currency_id           integer        references currency (id),
    package_frequency_id  bigint         references package_frequency (id),
    price_book_id         bigint,
    price_book_name       text,
    tier_override         boolean        not null default false,
    -- thresholds of a bucket strictly increase: no two tiers share one (checked at commit, so a
    -- PATCH may move thresholds past each other)
    constraint tier_threshold_once unique (usage_bucket_id, threshold) deferrable initially deferred
);
alter sequence tier_id_seq owned by tier.id;
create index tier_frequency_idx on tier (package_frequency_id);

-- ISO 4217 (active codes; numeric code as id) ----------------------------------------------------
insert into currency (id, code, name, minor_units) values
    (784, 'AED', 'United Arab Emirates Dirham', 2),
    (971, 'AFN', 'Afghan Afghani', 2),
    (8, 'ALL', 'Albanian Lek', 2),
    (51, 'AMD', 'Armenian Dram', 2),
    (532, 'ANG', 'Netherlands Antillean Guilder', 2),
    (973, 'AOA', 'Angolan Kwanza', 2),
    (32, 'ARS', 'Argentine Peso', 2),
    (36, 'AUD', 'Australian Dollar', 2),
    (533, 'AWG', 'Aruban Florin', 2),
    (944, 'AZN', 'Azerbaijani Manat', 2),
    (977, 'BAM', 'Bosnia-Herzegovina Convertible Mark', 2),
    (52, 'BBD', 'Barbadian Dollar', 2),
    (50, 'BDT', 'Bangladeshi Taka', 2),
    (100, 'BGL', 'Bulgarian Hard Lev', 2),
    (975, 'BGN', 'Bulgarian Lev', 2),
    (48, 'BHD', 'Bahraini Dinar', 3),
    (108, 'BIF', 'Burundian Franc', 0),
    (60, 'BMD', 'Bermudan Dollar', 2),
    (96, 'BND', 'Brunei Dollar', 2),
    (68, 'BOB', 'Bolivian Boliviano', 2),
    (984, 'BOV', 'Bolivian Mvdol', 2),
    (986, 'BRL', 'Brazilian Real', 2),
    (44, 'BSD', 'Bahamian Dollar', 2),
    (64, 'BTN', 'Bhutanese Ngultrum', 2),
    (72, 'BWP', 'Botswanan Pula', 2),
    (933, 'BYN', 'Belarusian Ruble', 2),
    (84, 'BZD', 'Belize Dollar', 2),
    (124, 'CAD', 'Canadian Dollar', 2),
    (976, 'CDF', 'Congolese Franc', 2),
    (947, 'CHE', 'WIR Euro', 2),
    (756, 'CHF', 'Swiss Franc', 2),
    (948, 'CHW', 'WIR Franc', 2),
    (990, 'CLF', 'Chilean Unit of Account (UF)', 4),
    (152, 'CLP', 'Chilean Peso', 0),
    (156, 'CNY', 'Chinese Yuan', 2),
    (170, 'COP', 'Colombian Peso', 2),
    (970, 'COU', 'Colombian Real Value Unit', 2),
    (188, 'CRC', 'Costa Rican Colón', 2),
    (192, 'CUP', 'Cuban Peso', 2),
    (132, 'CVE', 'Cape Verdean Escudo', 2),
    (203, 'CZK', 'Czech Koruna', 2),
    (262, 'DJF', 'Djiboutian Franc', 0),
    (208, 'DKK', 'Danish Krone', 2),
    (214, 'DOP', 'Dominican Peso', 2),
    (12, 'DZD', 'Algerian Dinar', 2),
    (818, 'EGP', 'Egyptian Pound', 2),
    (232, 'ERN', 'Eritrean Nakfa', 2),
    (230, 'ETB', 'Ethiopian Birr', 2),
    (978, 'EUR', 'Euro', 2),
    (242, 'FJD', 'Fijian Dollar', 2),
    (238, 'FKP', 'Falkland Islands Pound', 2),
    (826, 'GBP', 'British Pound', 2),
    (981, 'GEL', 'Georgian Lari', 2),
    (936, 'GHS', 'Ghanaian Cedi', 2),
    (292, 'GIP', 'Gibraltar Pound', 2),
    (270, 'GMD', 'Gambian Dalasi', 2),
    (324, 'GNF', 'Guinean Franc', 0),
    (320, 'GTQ', 'Guatemalan Quetzal', 2),
    (624, 'GWP', 'Guinea-Bissau Peso', 2),
    (328, 'GYD', 'Guyanaese Dollar', 2),
    (344, 'HKD', 'Hong Kong Dollar', 2),
    (340, 'HNL', 'Honduran Lempira', 2),
    (332, 'HTG', 'Haitian Gourde', 2),
    (348, 'HUF', 'Hungarian Forint', 2),
    (360, 'IDR', 'Indonesian Rupiah', 2),
    (376, 'ILS', 'Israeli New Shekel', 2),
    (356, 'INR', 'Indian Rupee', 2),
    (368, 'IQD', 'Iraqi Dinar', 3),
    (364, 'IRR', 'Iranian Rial', 2),
    (352, 'ISK', 'Icelandic Króna', 0),
    (388, 'JMD', 'Jamaican Dollar', 2),
    (400, 'JOD', 'Jordanian Dinar', 3),
    (392, 'JPY', 'Japanese Yen', 0),
    (404, 'KES', 'Kenyan Shilling', 2),
    (417, 'KGS', 'Kyrgystani Som', 2),
    (116, 'KHR', 'Cambodian Riel', 2),
    (174, 'KMF', 'Comorian Franc', 0),
    (408, 'KPW', 'North Korean Won', 2),
    (410, 'KRW', 'South Korean Won', 0),
    (414, 'KWD', 'Kuwaiti Dinar', 3),
    (136, 'KYD', 'Cayman Islands Dollar', 2),
    (398, 'KZT', 'Kazakhstani Tenge', 2),
    (418, 'LAK', 'Laotian Kip', 2),
    (422, 'LBP', 'Lebanese Pound', 2),
    (144, 'LKR', 'Sri Lankan Rupee', 2),
    (430, 'LRD', 'Liberian Dollar', 2),
    (426, 'LSL', 'Lesotho Loti', 2),
    (434, 'LYD', 'Libyan Dinar', 3),
    (504, 'MAD', 'Moroccan Dirham', 2),
    (498, 'MDL', 'Moldovan Leu', 2),
    (969, 'MGA', 'Malagasy Ariary', 2),
    (807, 'MKD', 'Macedonian Denar', 2),
    (104, 'MMK', 'Myanmar Kyat', 2),
    (496, 'MNT', 'Mongolian Tugrik', 2),
    (446, 'MOP', 'Macanese Pataca', 2),
    (929, 'MRU', 'Mauritanian Ouguiya', 2),
    (480, 'MUR', 'Mauritian Rupee', 2),
    (462, 'MVR', 'Maldivian Rufiyaa', 2),
    (454, 'MWK', 'Malawian Kwacha', 2),
    (484, 'MXN', 'Mexican Peso', 2),
    (979, 'MXV', 'Mexican Investment Unit', 2),
    (458, 'MYR', 'Malaysian Ringgit', 2),
    (943, 'MZN', 'Mozambican Metical', 2),
    (516, 'NAD', 'Namibian Dollar', 2),
    (566, 'NGN', 'Nigerian Naira', 2),
    (558, 'NIO', 'Nicaraguan Córdoba', 2),
    (578, 'NOK', 'Norwegian Krone', 2),
    (524, 'NPR', 'Nepalese Rupee', 2),
    (554, 'NZD', 'New Zealand Dollar', 2),
    (512, 'OMR', 'Omani Rial', 3),
    (590, 'PAB', 'Panamanian Balboa', 2),
    (604, 'PEN', 'Peruvian Sol', 2),
    (598, 'PGK', 'Papua New Guinean Kina', 2),
    (608, 'PHP', 'Philippine Piso', 2),
    (586, 'PKR', 'Pakistani Rupee', 2),
    (985, 'PLN', 'Polish Zloty', 2),
    (600, 'PYG', 'Paraguayan Guarani', 0),
    (634, 'QAR', 'Qatari Rial', 2),
    (946, 'RON', 'Romanian Leu', 2),
    (941, 'RSD', 'Serbian Dinar', 2),
    (643, 'RUB', 'Russian Ruble', 2),
    (646, 'RWF', 'Rwandan Franc', 0),
    (682, 'SAR', 'Saudi Riyal', 2),
    (90, 'SBD', 'Solomon Islands Dollar', 2),
    (690, 'SCR', 'Seychellois Rupee', 2),
    (938, 'SDG', 'Sudanese Pound', 2),
    (752, 'SEK', 'Swedish Krona', 2),
    (702, 'SGD', 'Singapore Dollar', 2),
    (654, 'SHP', 'St. Helena Pound', 2),
    (925, 'SLE', 'Sierra Leonean Leone', 2),
    (706, 'SOS', 'Somali Shilling', 2),
    (968, 'SRD', 'Surinamese Dollar', 2),
    (728, 'SSP', 'South Sudanese Pound', 2),
    (930, 'STN', 'São Tomé & Príncipe Dobra', 2),
    (222, 'SVC', 'Salvadoran Colón', 2),
    (760, 'SYP', 'Syrian Pound', 2),
    (748, 'SZL', 'Swazi Lilangeni', 2),
    (764, 'THB', 'Thai Baht', 2),
    (972, 'TJS', 'Tajikistani Somoni', 2),
    (934, 'TMT', 'Turkmenistani Manat', 2),
    (788, 'TND', 'Tunisian Dinar', 3),
    (776, 'TOP', 'Tongan Paʻanga', 2),
    (949, 'TRY', 'Turkish Lira', 2),
    (780, 'TTD', 'Trinidad & Tobago Dollar', 2),
    (901, 'TWD', 'New Taiwan Dollar', 2),
    (834, 'TZS', 'Tanzanian Shilling', 2),
    (980, 'UAH', 'Ukrainian Hryvnia', 2),
    (800, 'UGX', 'Ugandan Shilling', 0),
    (840, 'USD', 'US Dollar', 2),
    (997, 'USN', 'US Dollar (Next day)', 2),
    (998, 'USS', 'US Dollar (Same day)', 2),
    (940, 'UYI', 'Uruguayan Peso (Indexed Units)', 0),
    (858, 'UYU', 'Uruguayan Peso', 2),
    (860, 'UZS', 'Uzbekistani Som', 2),
    (928, 'VES', 'Venezuelan Bolívar', 2),
    (704, 'VND', 'Vietnamese Dong', 0),
    (548, 'VUV', 'Vanuatu Vatu', 0),
    (882, 'WST', 'Samoan Tala', 2),
    (950, 'XAF', 'Central African CFA Franc', 0),
    (961, 'XAG', 'Silver', 0),
    (959, 'XAU', 'Gold', 0),
    (955, 'XBA', 'European Composite Unit', 0),
    (956, 'XBB', 'European Monetary Unit', 0),
    (957, 'XBC', 'European Unit of Account (XBC)', 0),
    (958, 'XBD', 'European Unit of Account (XBD)', 0),
    (951, 'XCD', 'East Caribbean Dollar', 2),
    (960, 'XDR', 'Special Drawing Rights', 0),
    (952, 'XOF', 'West African CFA Franc', 0),
    (964, 'XPD', 'Palladium', 0),
    (953, 'XPF', 'CFP Franc', 0),
    (962, 'XPT', 'Platinum', 0),
    (994, 'XSU', 'Sucre', 0),
    (965, 'XUA', 'ADB Unit of Account', 0),
    (886, 'YER', 'Yemeni Rial', 2),
    (710, 'ZAR', 'South African Rand', 2),
    (967, 'ZMW', 'Zambian Kwacha', 2),
    (924, 'ZWG', 'Zimbabwe Gold', 2);
