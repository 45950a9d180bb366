-- The contact directory of the integration chain (issue 7). One row per organisation or unit; the entry itself is
-- the domain's JSON document (coordinators edit whole entries), position keeps the order entries were added in.
CREATE TABLE contact_directory (
    id         text        NOT NULL PRIMARY KEY,
    position   bigint      NOT NULL,
    entry      jsonb       NOT NULL,
    updated_at timestamptz NOT NULL
);

-- Versions of the shipped seed already copied in: each version is copied once, so edits and deletions stay.
CREATE TABLE contact_directory_seeds (
    version   integer     NOT NULL PRIMARY KEY,
    seeded_at timestamptz NOT NULL
);

-- Contact finder monitoring: counters only. No text, no user or conversation id, no timestamps.
CREATE TABLE contact_finder_counts (
    topic    text   NOT NULL,
    language text   NOT NULL,
    channel  text   NOT NULL,
    outcome  text   NOT NULL,
    count    bigint NOT NULL,
    PRIMARY KEY (topic, language, channel, outcome)
);
