CREATE TABLE account_contacts (
    id           TEXT PRIMARY KEY NOT NULL,
    plan_id      TEXT NOT NULL REFERENCES account_plans (id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    name         TEXT NOT NULL CHECK (length(trim(name)) > 0),
    title        TEXT NOT NULL DEFAULT '',
    buying_role  TEXT NOT NULL CHECK (buying_role IN ('decision_maker', 'influencer', 'champion', 'user', 'blocker')),
    relationship TEXT NOT NULL CHECK (relationship IN ('strong', 'good', 'neutral', 'weak', 'none')),
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
) STRICT;
CREATE TABLE account_plans (
    id             TEXT PRIMARY KEY NOT NULL,
    account_id     TEXT NOT NULL REFERENCES accounts (id),
    quarter        TEXT NOT NULL,
    rep_id         TEXT NOT NULL REFERENCES people (id),
    competition    TEXT NOT NULL DEFAULT '',
    past_successes TEXT NOT NULL DEFAULT '',
    strategy       TEXT NOT NULL DEFAULT '',
    revenue_target REAL NOT NULL DEFAULT 0 CHECK (revenue_target >= 0),
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    UNIQUE (account_id, quarter)
) STRICT;
CREATE TABLE account_steps (
    id           TEXT PRIMARY KEY NOT NULL,
    plan_id      TEXT NOT NULL REFERENCES account_plans (id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    action       TEXT NOT NULL CHECK (length(trim(action)) > 0),
    owner_id     TEXT NOT NULL REFERENCES people (id),
    due_date     TEXT NOT NULL,
    status       TEXT NOT NULL CHECK (status IN ('open', 'in_progress', 'done', 'dropped')),
    result       TEXT NOT NULL DEFAULT '',
    carried_from TEXT,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
) STRICT;
CREATE TABLE accounts (
    id         TEXT PRIMARY KEY NOT NULL,
    name       TEXT NOT NULL CHECK (length(trim(name)) > 0),
    owner_id   TEXT REFERENCES people (id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
, industry TEXT NOT NULL DEFAULT '', size TEXT NOT NULL DEFAULT '', yearly_revenue REAL NOT NULL DEFAULT 0 CHECK (yearly_revenue >= 0), potential REAL NOT NULL DEFAULT 0 CHECK (potential >= 0)) STRICT;
CREATE TABLE activity_log (
    id           TEXT PRIMARY KEY NOT NULL,
    at           TEXT NOT NULL,
    actor_id     TEXT REFERENCES people (id),
    action       TEXT NOT NULL,
    subject_kind TEXT NOT NULL,
    subject_id   TEXT NOT NULL,
    detail       TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE TABLE actual_activities (
    id         TEXT PRIMARY KEY NOT NULL,
    rep_id     TEXT NOT NULL REFERENCES people (id),
    month      TEXT NOT NULL,
    kpi_id     TEXT NOT NULL REFERENCES kpis (id) ON DELETE CASCADE,
    count      REAL NOT NULL CHECK (count >= 0),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (rep_id, month, kpi_id)
) STRICT;
CREATE TABLE actual_revenue (
    id         TEXT PRIMARY KEY NOT NULL,
    rep_id     TEXT NOT NULL REFERENCES people (id),
    month      TEXT NOT NULL,
    account_id TEXT NOT NULL REFERENCES accounts (id),
    product_id TEXT NOT NULL REFERENCES products (id),
    amount     REAL NOT NULL,
    source     TEXT NOT NULL CHECK (source IN ('typed', 'import')),
    import_key TEXT UNIQUE,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT;
CREATE TABLE business_plans (
    id             TEXT PRIMARY KEY NOT NULL,
    rep_id         TEXT NOT NULL REFERENCES people (id),
    first_month    TEXT NOT NULL,
    status         TEXT NOT NULL CHECK (status IN ('draft', 'submitted', 'approved', 'returned')),
    return_comment TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL
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
CREATE TABLE plan_activity_goals (
    plan_id TEXT NOT NULL REFERENCES business_plans (id) ON DELETE CASCADE,
    kpi_id  TEXT NOT NULL REFERENCES kpis (id) ON DELETE CASCADE,
    period  TEXT NOT NULL CHECK (period IN ('week', 'month')),
    target  REAL NOT NULL CHECK (target >= 0),
    PRIMARY KEY (plan_id, kpi_id)
) STRICT;
CREATE TABLE plan_events (
    id       TEXT PRIMARY KEY NOT NULL,
    plan_id  TEXT NOT NULL REFERENCES business_plans (id) ON DELETE CASCADE,
    at       TEXT NOT NULL,
    actor_id TEXT REFERENCES people (id),
    action   TEXT NOT NULL,
    comment  TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE TABLE plan_forecasts (
    plan_id    TEXT NOT NULL REFERENCES business_plans (id) ON DELETE CASCADE,
    month      TEXT NOT NULL,
    account_id TEXT NOT NULL REFERENCES accounts (id),
    product_id TEXT NOT NULL REFERENCES products (id),
    amount     REAL NOT NULL,
    PRIMARY KEY (plan_id, month, account_id, product_id)
) STRICT;
CREATE TABLE plan_goals (
    id         TEXT PRIMARY KEY NOT NULL,
    plan_id    TEXT NOT NULL REFERENCES business_plans (id) ON DELETE CASCADE,
    kind       TEXT NOT NULL CHECK (kind IN ('professional', 'personal')),
    position   INTEGER NOT NULL,
    text       TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT;
CREATE TABLE plan_marketing (
    id             TEXT PRIMARY KEY NOT NULL,
    plan_id        TEXT NOT NULL REFERENCES business_plans (id) ON DELETE CASCADE,
    position       INTEGER NOT NULL,
    what           TEXT NOT NULL,
    month          TEXT NOT NULL,
    cost           REAL NOT NULL DEFAULT 0 CHECK (cost >= 0),
    expected_leads INTEGER NOT NULL DEFAULT 0 CHECK (expected_leads >= 0),
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL
) STRICT;
CREATE TABLE plan_months (
    plan_id           TEXT NOT NULL REFERENCES business_plans (id) ON DELETE CASCADE,
    month             TEXT NOT NULL,
    quota             REAL NOT NULL DEFAULT 0 CHECK (quota >= 0),
    expected_pipeline REAL NOT NULL DEFAULT 0 CHECK (expected_pipeline >= 0),
    PRIMARY KEY (plan_id, month)
) STRICT;
CREATE TABLE plan_revisions (
    id         TEXT PRIMARY KEY NOT NULL,
    plan_id    TEXT NOT NULL REFERENCES business_plans (id) ON DELETE CASCADE,
    number     INTEGER NOT NULL,
    snapshot   TEXT NOT NULL,
    created_at TEXT NOT NULL,
    actor_id   TEXT REFERENCES people (id),
    UNIQUE (plan_id, number)
) STRICT;
CREATE TABLE plan_training_needs (
    plan_id   TEXT NOT NULL REFERENCES business_plans (id) ON DELETE CASCADE,
    module_id TEXT NOT NULL REFERENCES training_modules (id) ON DELETE CASCADE,
    note      TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (plan_id, module_id)
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
CREATE TABLE products (
    id         TEXT PRIMARY KEY NOT NULL,
    name       TEXT NOT NULL CHECK (length(trim(name)) > 0),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
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
CREATE TABLE quarterly_reviews (
    id                TEXT PRIMARY KEY NOT NULL,
    rep_id            TEXT NOT NULL REFERENCES people (id),
    quarter           TEXT NOT NULL,
    status            TEXT NOT NULL CHECK (status IN ('preparing', 'held', 'agreed')),
    rep_input         TEXT NOT NULL DEFAULT '',
    strengths         TEXT NOT NULL DEFAULT '',
    development_areas TEXT NOT NULL DEFAULT '',
    commitments       TEXT NOT NULL DEFAULT '',
    agreement_date    TEXT,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    UNIQUE (rep_id, quarter)
) STRICT;
CREATE TABLE ratings (
    interview_id TEXT NOT NULL REFERENCES interviews (id) ON DELETE CASCADE,
    attribute_id TEXT NOT NULL REFERENCES role_attributes (id),
    rating       INTEGER CHECK (rating BETWEEN 1 AND 4),
    evidence     TEXT NOT NULL DEFAULT '',
    updated_at   TEXT NOT NULL,
    PRIMARY KEY (interview_id, attribute_id)
) STRICT;
CREATE TABLE review_amendments (
    id        TEXT PRIMARY KEY NOT NULL,
    review_id TEXT NOT NULL REFERENCES quarterly_reviews (id) ON DELETE CASCADE,
    text      TEXT NOT NULL CHECK (length(trim(text)) > 0),
    author_id TEXT REFERENCES people (id),
    at        TEXT NOT NULL
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
CREATE INDEX account_contacts_plan ON account_contacts (plan_id, position);
CREATE INDEX account_plans_rep ON account_plans (rep_id, quarter);
CREATE INDEX account_steps_carried ON account_steps (carried_from) WHERE carried_from IS NOT NULL;
CREATE INDEX account_steps_due ON account_steps (status, due_date, id, plan_id);
CREATE INDEX account_steps_plan ON account_steps (plan_id, position);
CREATE UNIQUE INDEX accounts_name_unique ON accounts (lower(trim(name)));
CREATE INDEX activity_log_subject ON activity_log (subject_kind, subject_id, at);
CREATE INDEX actual_revenue_rep_month_amount ON actual_revenue (rep_id, month, amount);
CREATE UNIQUE INDEX actual_revenue_typed ON actual_revenue (rep_id, month, account_id, product_id) WHERE source = 'typed';
CREATE INDEX business_plans_rep ON business_plans (rep_id, first_month);
CREATE INDEX candidates_role ON candidates (role_id);
CREATE UNIQUE INDEX people_name_unique ON people (lower(trim(name)));
CREATE INDEX plan_events_plan ON plan_events (plan_id, at);
CREATE INDEX plan_forecasts_plan_month_amount ON plan_forecasts (plan_id, month, amount);
CREATE INDEX plan_goals_plan ON plan_goals (plan_id, position);
CREATE INDEX plan_marketing_plan ON plan_marketing (plan_id, position);
CREATE UNIQUE INDEX products_name_unique ON products (lower(trim(name)));
CREATE INDEX role_attributes_role ON role_attributes (role_id, position);
CREATE UNIQUE INDEX role_profiles_title_unique ON role_profiles (lower(trim(title)));
CREATE INDEX scorecard_amendments_interview ON scorecard_amendments (interview_id, amended_at);
CREATE INDEX stage_exit_criteria_stage ON stage_exit_criteria (stage_id, position);
CREATE UNIQUE INDEX stages_name_unique ON stages (lower(trim(name)));
