-- Follow-ups of registrations (issue 5): proactive notices, reminders and capacity alerts, each recorded so that a
-- repeated run never messages anybody twice.
-- notice_attempts: proactive attempts for the current notice (reset on promotion; at the maximum the notice waits
-- for the next visit). reminder_sent_at: set when the reminder is claimed (UTC ticks), once per registration.
ALTER TABLE registrations ADD COLUMN notice_attempts INTEGER NOT NULL DEFAULT 0;
ALTER TABLE registrations ADD COLUMN reminder_sent_at INTEGER NULL;

CREATE INDEX registrations_pending_notice ON registrations (id) WHERE notice IS NOT NULL;

-- One row per event and threshold (percent of bookable places), written once when first reached.
CREATE TABLE event_alerts (
    event_id  TEXT    NOT NULL REFERENCES events (id),
    threshold INTEGER NOT NULL CHECK (threshold BETWEEN 1 AND 100),
    confirmed INTEGER NOT NULL,
    bookable  INTEGER NOT NULL,
    raised_at INTEGER NOT NULL,
    PRIMARY KEY (event_id, threshold)
);

CREATE INDEX event_alerts_raised_at ON event_alerts (raised_at);
