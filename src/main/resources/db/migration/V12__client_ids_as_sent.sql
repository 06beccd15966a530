-- The ids a client makes (a subscriber's TSUID-…, a number's NID-…) are kept as the client wrote them, so
-- that they come back unchanged: a client compares ids as strings. The catalogue never looks objects up by
-- them, so they need no index or normal form beyond being a UUID in some case.
alter table package alter column subscriber_uid type text using subscriber_uid::text;
alter table package rename column subscriber_uid to subscriber_id;
alter table package add constraint package_subscriber_id_uuid check (subscriber_id ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$');
alter table subscription alter column subscriber_uid type text using subscriber_uid::text;
alter table subscription rename column subscriber_uid to subscriber_id;
alter table subscription add constraint subscription_subscriber_id_uuid check (subscriber_id ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$');
alter table subscription alter column number_uid type text using number_uid::text;
alter table subscription rename column number_uid to number_id;
alter table subscription add constraint subscription_number_id_uuid check (number_id ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$');
