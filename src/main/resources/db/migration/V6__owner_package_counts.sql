-- Each owner's number of packages, kept by the database in the same transaction as the insert or
-- delete that changes it. A page's total is then the sum over the caller's owners (one row per
-- owner) instead of a count(*) over every package of the subtree, which took about 200 ms per request
-- at 1,000,000 packages (bench/ANALYSIS.md). Statement-level triggers with transition tables update
-- each owner once per statement, so bulk loads cost one update per owner, not one per row.
alter table owner add column package_count bigint not null default 0 check (package_count >= 0);

update owner o set package_count = c.n
from (select owner_id, count(*) as n from package group by owner_id) c
where o.id = c.owner_id;

create function owner_package_count_added() returns trigger language plpgsql as $$
begin
    update owner o set package_count = o.package_count + c.n
    from (select owner_id, count(*) as n from added group by owner_id) c
    where o.id = c.owner_id;
    return null;
end $$;

create function owner_package_count_removed() returns trigger language plpgsql as $$
begin
    update owner o set package_count = o.package_count - c.n
    from (select owner_id, count(*) as n from removed group by owner_id) c
    where o.id = c.owner_id;
    return null;
end $$;

create trigger package_added after insert on package
    referencing new table as added for each statement execute function owner_package_count_added();
create trigger package_removed after delete on package
    referencing old table as removed for each statement execute function owner_package_count_removed();

-- A package never changes owner (owner_id is not updatable in the application); the database holds
-- the count to that too.
create function package_owner_unchanged() returns trigger language plpgsql as $$
begin
    raise exception 'a package cannot change owner' using errcode = 'check_violation';
end $$;
create trigger package_owner_fixed before update of owner_id on package
    for each row when (old.owner_id is distinct from new.owner_id) execute function package_owner_unchanged();
