-- Client management: a name to tell an owner's clients apart; rotation, during which the previous secret
-- keeps working until previous_secret_expires; revocation, which keeps the row (the list shows it, and
-- every replica refuses its tokens) but lets it trade nothing any more.
alter table api_client add column name text;
alter table api_client add column previous_secret_hash text;
alter table api_client add column previous_secret_expires timestamptz;
alter table api_client add column rotated timestamptz;
alter table api_client add column revoked timestamptz;
alter table api_client add constraint api_client_previous_secret
    check ((previous_secret_hash is null) = (previous_secret_expires is null));
create index api_client_revoked_idx on api_client (revoked) where revoked is not null;
