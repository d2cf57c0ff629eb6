CREATE TABLE activity_log (
    id           TEXT PRIMARY KEY NOT NULL,
    at           TEXT NOT NULL,
    actor_id     TEXT REFERENCES people (id),
    action       TEXT NOT NULL,
    subject_kind TEXT NOT NULL,
    subject_id   TEXT NOT NULL,
    detail       TEXT NOT NULL DEFAULT ''
) STRICT;
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
CREATE TABLE competitors (
    id         TEXT PRIMARY KEY NOT NULL,
    position   INTEGER NOT NULL CHECK (position >= 0),
    name       TEXT NOT NULL,
    notes      TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT;
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
CREATE TABLE kpis (
    id         TEXT PRIMARY KEY NOT NULL,
    position   INTEGER NOT NULL CHECK (position >= 0),
    kind       TEXT NOT NULL CHECK (kind IN ('activity', 'result')),
    name       TEXT NOT NULL,
    unit       TEXT NOT NULL CHECK (unit IN ('count', 'percent', 'currency', 'days')),
    period     TEXT NOT NULL CHECK (period IN ('week', 'month', 'quarter', 'year')),
    target     REAL NOT NULL CHECK (target >= 0),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT;
CREATE TABLE objections (
    id         TEXT PRIMARY KEY NOT NULL,
    position   INTEGER NOT NULL CHECK (position >= 0),
    objection  TEXT NOT NULL,
    response   TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT;
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
CREATE TABLE playbook_profile (
    id                       INTEGER PRIMARY KEY CHECK (id = 1),
    ideal_customer_profile   TEXT NOT NULL DEFAULT '',
    value_proposition        TEXT NOT NULL DEFAULT '',
    updated_at               TEXT NOT NULL
) STRICT;
CREATE TABLE playbook_versions (
    id           TEXT PRIMARY KEY NOT NULL,
    number       INTEGER NOT NULL UNIQUE CHECK (number >= 1),
    change_note  TEXT NOT NULL CHECK (length(trim(change_note)) > 0),
    snapshot     TEXT NOT NULL,
    published_at TEXT NOT NULL
) STRICT;
CREATE TABLE qualification_criteria (
    id          TEXT PRIMARY KEY NOT NULL,
    position    INTEGER NOT NULL CHECK (position >= 0),
    builtin_key TEXT UNIQUE CHECK (builtin_key IN ('decision_maker', 'decision_date', 'budget')),
    label       TEXT NOT NULL CHECK (length(trim(label)) > 0),
    description TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
) STRICT;
CREATE TABLE ratings (
    interview_id TEXT NOT NULL REFERENCES interviews (id) ON DELETE CASCADE,
    attribute_id TEXT NOT NULL REFERENCES role_attributes (id),
    rating       INTEGER CHECK (rating BETWEEN 1 AND 4),
    evidence     TEXT NOT NULL DEFAULT '',
    updated_at   TEXT NOT NULL,
    PRIMARY KEY (interview_id, attribute_id)
) STRICT;
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
CREATE TABLE role_profiles (
    id               TEXT PRIMARY KEY NOT NULL,
    title            TEXT NOT NULL CHECK (length(trim(title)) > 0),
    responsibilities TEXT NOT NULL DEFAULT '',
    archived_at      TEXT,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL
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
CREATE TABLE settings (
    key        TEXT PRIMARY KEY NOT NULL,
    value      TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT;
CREATE TABLE stage_exit_criteria (
    id         TEXT PRIMARY KEY NOT NULL,
    stage_id   TEXT NOT NULL REFERENCES stages (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL CHECK (position >= 0),
    text       TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT;
CREATE TABLE stages (
    id             TEXT PRIMARY KEY NOT NULL,
    position       INTEGER NOT NULL CHECK (position >= 0),
    name           TEXT NOT NULL CHECK (length(trim(name)) > 0),
    purpose        TEXT NOT NULL DEFAULT '',
    entry_criteria TEXT NOT NULL DEFAULT '',
    key_activities TEXT NOT NULL DEFAULT '',
    scripts        TEXT NOT NULL DEFAULT '',
    materials      TEXT NOT NULL DEFAULT '',
    expected_days  INTEGER CHECK (expected_days IS NULL OR expected_days BETWEEN 0 AND 365),
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL
) STRICT;
CREATE TABLE training_module_stages (
    module_id TEXT NOT NULL REFERENCES training_modules (id) ON DELETE CASCADE,
    stage_id  TEXT NOT NULL REFERENCES stages (id) ON DELETE CASCADE,
    PRIMARY KEY (module_id, stage_id)
) STRICT;
CREATE TABLE training_modules (
    id         TEXT PRIMARY KEY NOT NULL,
    position   INTEGER NOT NULL CHECK (position >= 0),
    area       TEXT NOT NULL CHECK (area IN ('process', 'activities', 'fundamentals', 'attitude')),
    title      TEXT NOT NULL,
    objectives TEXT NOT NULL DEFAULT '',
    cadence    TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX activity_log_subject ON activity_log (subject_kind, subject_id, at);
CREATE INDEX candidates_role ON candidates (role_id);
CREATE UNIQUE INDEX people_name_unique ON people (lower(trim(name)));
CREATE INDEX role_attributes_role ON role_attributes (role_id, position);
CREATE UNIQUE INDEX role_profiles_title_unique ON role_profiles (lower(trim(title)));
CREATE INDEX scorecard_amendments_interview ON scorecard_amendments (interview_id, amended_at);
CREATE INDEX stage_exit_criteria_stage ON stage_exit_criteria (stage_id, position);
CREATE UNIQUE INDEX stages_name_unique ON stages (lower(trim(name)));
