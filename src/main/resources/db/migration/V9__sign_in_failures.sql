-- Failed sign-ins within the lock-out time, by username and by address, shared by every instance (two
-- instances must not allow twice the guesses). Rows older than the lock-out time are deleted as new ones come.
create table sign_in_failure (
    throttle_key varchar(300)             not null,
    failed_at    timestamp with time zone not null
);
create index sign_in_failure_key on sign_in_failure (throttle_key, failed_at);
create index sign_in_failure_at on sign_in_failure (failed_at);
