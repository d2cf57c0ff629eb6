-- The team, who is using the app, a log of who did what, and hiring
-- (PRODUCT.md section 2): role profiles, candidates, interview scorecards.

CREATE TABLE people (
    id          TEXT PRIMARY KEY NOT NULL,
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
    email       TEXT NOT NULL DEFAULT '',
    role        TEXT NOT NULL CHECK (role IN ('owner', 'manager', 'rep')),
    manager_id  TEXT REFERENCES people (id),
    start_date  TEXT,
    territory   TEXT NOT NULL DEFAULT '',
    active      INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
) STRICT;
CREATE UNIQUE INDEX people_name_unique ON people (lower(trim(name)));

-- Who did what, and when. `actor_id` is the person using the app, if chosen.
CREATE TABLE activity_log (
    id           TEXT PRIMARY KEY NOT NULL,
    at           TEXT NOT NULL,
    actor_id     TEXT REFERENCES people (id),
    action       TEXT NOT NULL,
    subject_kind TEXT NOT NULL,
    subject_id   TEXT NOT NULL,
    detail       TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX activity_log_subject ON activity_log (subject_kind, subject_id, at);

CREATE TABLE role_profiles (
    id               TEXT PRIMARY KEY NOT NULL,
    title            TEXT NOT NULL CHECK (length(trim(title)) > 0),
    responsibilities TEXT NOT NULL DEFAULT '',
    archived_at      TEXT,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL
) STRICT;
CREATE UNIQUE INDEX role_profiles_title_unique ON role_profiles (lower(trim(title)));

CREATE TABLE role_attributes (
    id          TEXT PRIMARY KEY NOT NULL,
    role_id     TEXT NOT NULL REFERENCES role_profiles (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL CHECK (position >= 0),
    attr_group  TEXT NOT NULL CHECK (attr_group IN ('skill', 'knowledge', 'attitude')),
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
    test_method TEXT NOT NULL CHECK (test_method IN ('interview_question', 'role_play', 'exercise')),
    test_detail TEXT NOT NULL DEFAULT '',
    weight      REAL NOT NULL CHECK (weight > 0),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
) STRICT;
CREATE INDEX role_attributes_role ON role_attributes (role_id, position);

CREATE TABLE candidates (
    id              TEXT PRIMARY KEY NOT NULL,
    role_id         TEXT NOT NULL REFERENCES role_profiles (id),
    name            TEXT NOT NULL CHECK (length(trim(name)) > 0),
    email           TEXT NOT NULL DEFAULT '',
    notes           TEXT NOT NULL DEFAULT '',
    status          TEXT NOT NULL CHECK (status IN ('applied', 'interviewing', 'offer', 'hired', 'declined')),
    hired_person_id TEXT REFERENCES people (id),
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
) STRICT;
CREATE INDEX candidates_role ON candidates (role_id);

-- One scorecard per interviewer and candidate. Submitted ones are locked;
-- later corrections are amendments.
CREATE TABLE interviews (
    id             TEXT PRIMARY KEY NOT NULL,
    candidate_id   TEXT NOT NULL REFERENCES candidates (id),
    interviewer_id TEXT NOT NULL REFERENCES people (id),
    held_on        TEXT NOT NULL,
    recommendation TEXT CHECK (recommendation IN ('strong_no', 'no', 'yes', 'strong_yes')),
    summary        TEXT NOT NULL DEFAULT '',
    submitted_at   TEXT,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    UNIQUE (candidate_id, interviewer_id)
) STRICT;

-- Missing row or NULL rating: not assessed.
CREATE TABLE ratings (
    interview_id TEXT NOT NULL REFERENCES interviews (id) ON DELETE CASCADE,
    attribute_id TEXT NOT NULL REFERENCES role_attributes (id),
    rating       INTEGER CHECK (rating BETWEEN 1 AND 4),
    evidence     TEXT NOT NULL DEFAULT '',
    updated_at   TEXT NOT NULL,
    PRIMARY KEY (interview_id, attribute_id)
) STRICT;

CREATE TABLE scorecard_amendments (
    id           TEXT PRIMARY KEY NOT NULL,
    interview_id TEXT NOT NULL REFERENCES interviews (id) ON DELETE CASCADE,
    attribute_id TEXT REFERENCES role_attributes (id),
    field        TEXT NOT NULL CHECK (field IN ('rating', 'evidence', 'recommendation', 'summary')),
    old_value    TEXT NOT NULL,
    new_value    TEXT NOT NULL,
    reason       TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    amended_by   TEXT REFERENCES people (id),
    amended_at   TEXT NOT NULL
) STRICT;
CREATE INDEX scorecard_amendments_interview ON scorecard_amendments (interview_id, amended_at);
