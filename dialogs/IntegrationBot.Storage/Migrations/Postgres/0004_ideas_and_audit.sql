-- Ideas for the Handlungsfelder (issue 6). The text is stored exactly as typed before any analysis; the background job
-- completes analysis and translation later. request_hash is a one-way hash of the request key (channel, conversation,
-- activity): a redelivered confirmation hits the unique index, and an anonymous idea cannot be traced back to its
-- conversation. An anonymous idea has no author columns at all. Lists are jsonb arrays.
CREATE TABLE ideas (
    id                  uuid        NOT NULL PRIMARY KEY,
    reference           text        NOT NULL UNIQUE,
    request_hash        text        NOT NULL UNIQUE,
    text                text        NOT NULL,
    language            text        NOT NULL,
    channel             text        NOT NULL,
    author_channel_id   text        NULL,
    author_user_id      text        NULL,
    author_name         text        NULL,
    author_contact      text        NULL,
    neighbourhood       text        NULL,
    suggested_field     text        NULL,
    field               text        NOT NULL,
    consent_at          timestamptz NOT NULL,
    submitted_at        timestamptz NOT NULL,
    updated_at          timestamptz NOT NULL,
    analysis            text        NOT NULL,
    detected_language   text        NULL,
    key_phrases         jsonb       NOT NULL DEFAULT '[]',
    redacted_text       text        NULL,
    translation         text        NOT NULL,
    german_text         text        NULL,
    machine_translated  boolean     NOT NULL DEFAULT false,
    processing_attempts integer     NOT NULL DEFAULT 0,
    next_attempt_at     timestamptz NULL,
    status              text        NOT NULL,
    tags                jsonb       NOT NULL DEFAULT '[]',
    notes               text        NULL,
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
    id      bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at      timestamptz NOT NULL,
    actor   text        NOT NULL,
    action  text        NOT NULL,
    target  text        NULL,
    details jsonb       NOT NULL DEFAULT '{}'
);

CREATE INDEX audit_log_at ON audit_log (at);
