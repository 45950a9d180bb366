-- The event catalogue. Columns the statements decide on (times, capacity) are real columns; the descriptive rest of
-- the record is one JSON text written and read as a whole by the domain. Times are UTC ticks (100 ns).
CREATE TABLE events (
    id                    TEXT    NOT NULL PRIMARY KEY,
    starts_at             INTEGER NOT NULL,
    ends_at               INTEGER NOT NULL,
    capacity              INTEGER NOT NULL CHECK (capacity >= 0),
    reserved              INTEGER NOT NULL CHECK (reserved >= 0),
    registration_deadline INTEGER NULL,
    sample                INTEGER NOT NULL,
    data                  TEXT    NOT NULL,
    updated_at            INTEGER NOT NULL
);

CREATE INDEX events_starts_at ON events (starts_at);

-- Registrations: one row per person or group; id orders the waitlist (FIFO); the unique request key makes a
-- redelivered activity an ignored insert; only 'confirmed' rows count against capacity.
CREATE TABLE registrations (
    id                     INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    booking_code           TEXT    NOT NULL UNIQUE,
    event_id               TEXT    NOT NULL REFERENCES events (id),
    channel_id             TEXT    NOT NULL,
    user_id                TEXT    NOT NULL,
    conversation_id        TEXT    NOT NULL,
    activity_id            TEXT    NOT NULL,
    persons                INTEGER NOT NULL CHECK (persons BETWEEN 1 AND 10),
    name                   TEXT    NOT NULL,
    email                  TEXT    NULL,
    phone                  TEXT    NULL,
    needs                  TEXT    NOT NULL,
    consent_at             INTEGER NOT NULL,
    language               TEXT    NOT NULL,
    status                 TEXT    NOT NULL CHECK (status IN ('confirmed', 'waitlisted', 'cancelled')),
    notice                 TEXT    NULL,
    conversation_reference TEXT    NULL,
    created_at             INTEGER NOT NULL,
    updated_at             INTEGER NOT NULL,
    UNIQUE (channel_id, conversation_id, activity_id)
);

CREATE INDEX registrations_event_status ON registrations (event_id, status, id);
CREATE INDEX registrations_user ON registrations (channel_id, user_id);
