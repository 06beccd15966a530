-- What the mPaaS dialect sells a package as. Its Price and Monthly live on the package's pricing
-- frequency (its first frequency: Monthly or One-time), which the billing dialect shows in Detail.
alter table package add column sale_type text check (length(sale_type) between 1 and 64);
alter table package add column subscriber_uid uuid;
alter table package_frequency add column price numeric(19, 6) check (price >= 0);
