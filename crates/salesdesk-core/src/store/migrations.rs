//! Schema migrations, embedded in the binary. Forward-only: a released
//! migration is never edited, a change is a new file. rusqlite_migration
//! keeps the version in `PRAGMA user_version` and runs pending migrations in
//! one transaction.

use rusqlite_migration::{M, Migrations};

const MIGRATIONS: &[M<'static>] = &[
    M::up(include_str!(
        "../../migrations/0001_workspace_and_playbook.sql"
    )),
    M::up(include_str!("../../migrations/0002_team_and_hiring.sql")),
    M::up(include_str!("../../migrations/0003_business_plans.sql")),
    M::up(include_str!("../../migrations/0004_account_plans.sql")),
    M::up(include_str!("../../migrations/0005_reviews.sql")),
    M::up(include_str!(
        "../../migrations/0006_indexes_for_large_workspaces.sql"
    )),
    M::up(include_str!(
        "../../migrations/0007_covering_indexes_for_figures.sql"
    )),
    M::up(include_str!(
        "../../migrations/0008_next_steps_by_due_date.sql"
    )),
    M::up(include_str!("../../migrations/0009_change_log.sql")),
    M::up(include_str!(
        "../../migrations/0010_every_editable_row_stamped.sql"
    )),
];

/// The `user_version` after every migration has run.
pub const LATEST_SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

/// The oldest schema version whose tables and columns are today's (the
/// migrations since then changed indexes, or added columns with a default,
/// which an import fills in), so a JSON export made by it imports as it is. A migration that changes a table moves this up
/// to its own version; a test compares the tables of every version in range.
pub const OLDEST_SCHEMA_WITH_TODAYS_TABLES: i64 = 5;

pub fn migrations() -> Migrations<'static> {
    Migrations::from_slice(MIGRATIONS)
}
