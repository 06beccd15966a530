-- Each object's events go out one after another in commit order. Before this, a sender found the next event of
-- an object by asking, of every pending row, whether an older one was still pending: work that grew with the
-- backlog, on every claim. Now the oldest pending event of each endpoint and object is marked ready (when it is
-- written, and when the one before it is settled), and a sender claims only ready rows.
alter table webhook_outbox add column ready boolean not null default false;

update webhook_outbox d set ready = true
 where d.status = 'pending'
   and not exists (select 1 from webhook_outbox p where p.endpoint_id = d.endpoint_id and p.aggregatetype = d.aggregatetype
                   and p.aggregateid = d.aggregateid and p.status = 'pending' and p.change_seq < d.change_seq);

drop index webhook_outbox_due_idx;
-- what a sender claims: the due heads, oldest first
create index webhook_outbox_due_idx on webhook_outbox (next_attempt_at, change_seq) where status = 'pending' and ready;
