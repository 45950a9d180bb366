-- The event catalogue. Columns the statements decide on (times, capacity) are real columns; the descriptive rest of
-- the record (title, venue, languages, ...) is one JSON document written and read as a whole by the domain.
CREATE TABLE events (
    id                    text COLLATE "C" NOT NULL PRIMARY KEY,
    starts_at             timestamptz      NOT NULL,
    ends_at               timestamptz      NOT NULL,
    capacity              integer          NOT NULL CHECK (capacity >= 0),
    reserved              integer          NOT NULL CHECK (reserved >= 0),
    registration_deadline timestamptz      NULL,
    sample                boolean          NOT NULL,
    data                  jsonb            NOT NULL,
    updated_at            timestamptz      NOT NULL
);

CREATE INDEX events_starts_at ON events (starts_at);

-- Registrations: one row per person or group. id orders the waitlist (FIFO). The unique request key makes a
-- redelivered activity an ignored insert; status decides capacity (only 'confirmed' rows count).
CREATE TABLE registrations (
    id                     bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    booking_code           text        NOT NULL UNIQUE,
    event_id               text COLLATE "C" NOT NULL REFERENCES events (id),
    channel_id             text        NOT NULL,
    user_id                text        NOT NULL,
    conversation_id        text        NOT NULL,
    activity_id            text        NOT NULL,
    persons                integer     NOT NULL CHECK (persons BETWEEN 1 AND 10),
    name                   text        NOT NULL,
    email                  text        NULL,
    phone                  text        NULL,
    needs                  jsonb       NOT NULL,
    consent_at             timestamptz NOT NULL,
    language               text        NOT NULL,
    status                 text        NOT NULL CHECK (status IN ('confirmed', 'waitlisted', 'cancelled')),
    notice                 text        NULL,
    conversation_reference text        NULL,
    created_at             timestamptz NOT NULL,
    updated_at             timestamptz NOT NULL,
    UNIQUE (channel_id, conversation_id, activity_id)
);

CREATE INDEX registrations_event_status ON registrations (event_id, status, id);
CREATE INDEX registrations_user ON registrations (channel_id, user_id);
