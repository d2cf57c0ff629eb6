-- Workspace settings and the sales playbook (PRODUCT.md section 1).
-- Every record has a stable text id (UUID v7) and UTC timestamps in RFC 3339.
-- Ordered lists carry an explicit `position` (0-based, dense).

CREATE TABLE settings (
    key        TEXT PRIMARY KEY NOT NULL,
    value      TEXT NOT NULL,
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
CREATE UNIQUE INDEX stages_name_unique ON stages (lower(trim(name)));

-- The exit criteria of a stage are a checklist.
CREATE TABLE stage_exit_criteria (
    id         TEXT PRIMARY KEY NOT NULL,
    stage_id   TEXT NOT NULL REFERENCES stages (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL CHECK (position >= 0),
    text       TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX stage_exit_criteria_stage ON stage_exit_criteria (stage_id, position);

-- Decision maker, decision date and budget are built in (builtin_key set,
-- cannot be deleted); the owner adds more.
CREATE TABLE qualification_criteria (
    id          TEXT PRIMARY KEY NOT NULL,
    position    INTEGER NOT NULL CHECK (position >= 0),
    builtin_key TEXT UNIQUE CHECK (builtin_key IN ('decision_maker', 'decision_date', 'budget')),
    label       TEXT NOT NULL CHECK (length(trim(label)) > 0),
    description TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
) STRICT;

-- Single-row texts of the playbook.
CREATE TABLE playbook_profile (
    id                       INTEGER PRIMARY KEY CHECK (id = 1),
    ideal_customer_profile   TEXT NOT NULL DEFAULT '',
    value_proposition        TEXT NOT NULL DEFAULT '',
    updated_at               TEXT NOT NULL
) STRICT;

CREATE TABLE objections (
    id         TEXT PRIMARY KEY NOT NULL,
    position   INTEGER NOT NULL CHECK (position >= 0),
    objection  TEXT NOT NULL,
    response   TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE competitors (
    id         TEXT PRIMARY KEY NOT NULL,
    position   INTEGER NOT NULL CHECK (position >= 0),
    name       TEXT NOT NULL,
    notes      TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
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

CREATE TABLE training_module_stages (
    module_id TEXT NOT NULL REFERENCES training_modules (id) ON DELETE CASCADE,
    stage_id  TEXT NOT NULL REFERENCES stages (id) ON DELETE CASCADE,
    PRIMARY KEY (module_id, stage_id)
) STRICT;

-- A published version is a frozen JSON snapshot of the whole playbook.
CREATE TABLE playbook_versions (
    id           TEXT PRIMARY KEY NOT NULL,
    number       INTEGER NOT NULL UNIQUE CHECK (number >= 1),
    change_note  TEXT NOT NULL CHECK (length(trim(change_note)) > 0),
    snapshot     TEXT NOT NULL,
    published_at TEXT NOT NULL
) STRICT;
