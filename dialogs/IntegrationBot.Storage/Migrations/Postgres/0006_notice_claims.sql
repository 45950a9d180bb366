-- A promotion notice is claimed by one sender before it is sent (until when the claim holds), so two bot instances
-- running the follow-up job at the same moment tell the promoted person once. An expired claim (the sender died)
-- frees the notice again.
ALTER TABLE registrations ADD COLUMN notice_claimed_until timestamptz NULL;
