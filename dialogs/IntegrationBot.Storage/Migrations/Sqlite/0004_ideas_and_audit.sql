-- Ideas for the Handlungsfelder (issue 6). The text is stored exactly as typed before any analysis; the background job
-- completes analysis and translation later. request_hash is a one-way hash of the request key (channel, conversation,
-- activity): a redelivered confirmation hits the unique index, and an anonymous idea cannot be traced back to its
-- conversation. An anonymous idea has no author columns at all. Times are UTC ticks (100 ns); lists are JSON arrays.
CREATE TABLE ideas (
    id                  TEXT    NOT NULL PRIMARY KEY,
    reference           TEXT    NOT NULL UNIQUE,
    request_hash        TEXT    NOT NULL UNIQUE,
    text                TEXT    NOT NULL,
    language            TEXT    NOT NULL,
    channel             TEXT    NOT NULL,
    author_channel_id   TEXT    NULL,
    author_user_id      TEXT    NULL,
    author_name         TEXT    NULL,
    author_contact      TEXT    NULL,
    neighbourhood       TEXT    NULL,
    suggested_field     TEXT    NULL,
    field               TEXT    NOT NULL,
    consent_at          INTEGER NOT NULL,
    submitted_at        INTEGER NOT NULL,
    updated_at          INTEGER NOT NULL,
    analysis            TEXT    NOT NULL,
    detected_language   TEXT    NULL,
    key_phrases         TEXT    NOT NULL DEFAULT '[]',
    redacted_text       TEXT    NULL,
    translation         TEXT    NOT NULL,
    german_text         TEXT    NULL,
    machine_translated  INTEGER NOT NULL DEFAULT 0,
    processing_attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at     INTEGER NULL,
    status              TEXT    NOT NULL,
    tags                TEXT    NOT NULL DEFAULT '[]',
    notes               TEXT    NULL,
    CHECK ((author_channel_id IS NULL) = (author_user_id IS NULL)),
    CHECK (author_user_id IS NOT NULL OR (author_name IS NULL AND author_contact IS NULL))
);

-- The background job's queue: only ideas with work pending have a next attempt.
CREATE INDEX ideas_due ON ideas (next_attempt_at) WHERE next_attempt_at IS NOT NULL;
CREATE INDEX ideas_author ON ideas (author_channel_id, author_user_id) WHERE author_user_id IS NOT NULL;
CREATE INDEX ideas_field ON ideas (field, submitted_at);
CREATE INDEX ideas_status ON ideas (status, submitted_at);
CREATE INDEX ideas_submitted_at ON ideas (submitted_at);

-- Who read or exported personal data and who changed what. details is a JSON object of ids, counts and formats only.
CREATE TABLE audit_log (
    id      INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    at      INTEGER NOT NULL,
    actor   TEXT    NOT NULL,
    action  TEXT    NOT NULL,
    target  TEXT    NULL,
    details TEXT    NOT NULL DEFAULT '{}'
);

CREATE INDEX audit_log_at ON audit_log (at);
