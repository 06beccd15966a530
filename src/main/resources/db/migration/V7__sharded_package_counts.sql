-- V6 kept each owner's package count in its owner row, so every create of one owner updated the same
-- row and held its lock until commit: concurrent creates of one tenant ran one at a time, commit
-- flush included (bench/ANALYSIS.md). The count now lives in up to 16 rows per owner; a statement adds
-- to the row of its own connection (backend pid modulo 16), so concurrent creates on different pooled
-- connections rarely wait for each other. The total is the sum over an owner's rows. A row may go
-- below zero (a package counted in one row is deleted through another connection); the sum cannot.
create table owner_package_count (
    owner_id bigint not null references owner (id) on delete cascade,
    shard smallint not null check (shard between 0 and 15),
    packages bigint not null,
    primary key (owner_id, shard)
);

insert into owner_package_count (owner_id, shard, packages)
select id, 0, package_count from owner where package_count <> 0;

drop trigger package_added on package;
drop trigger package_removed on package;
drop function owner_package_count_added();
drop function owner_package_count_removed();
alter table owner drop column package_count;

-- One function for both triggers: each names its transition table "changed"; the sign comes from TG_OP.
create function owner_package_count_changed() returns trigger language plpgsql as $$
begin
    insert into owner_package_count as c (owner_id, shard, packages)
    select owner_id, pg_backend_pid() % 16, case tg_op when 'INSERT' then count(*) else -count(*) end
    from changed group by owner_id
    on conflict (owner_id, shard) do update set packages = c.packages + excluded.packages;
    return null;
end $$;

create trigger package_added after insert on package
    referencing new table as changed for each statement execute function owner_package_count_changed();
create trigger package_removed after delete on package
    referencing old table as changed for each statement execute function owner_package_count_changed();
