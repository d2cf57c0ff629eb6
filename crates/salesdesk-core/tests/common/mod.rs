//! Helpers shared by the library's integration tests.
#![allow(dead_code)]

use salesdesk_core::Workspace;
use salesdesk_core::team::{PersonInput, PersonRole};
use tempfile::TempDir;

/// A new workspace in a fresh temporary folder (kept alive by the TempDir).
pub fn new_workspace() -> (TempDir, Workspace) {
    let dir = tempfile::tempdir().expect("temp dir");
    let ws = Workspace::create(dir.path().join("test.salesdesk")).expect("create workspace");
    (dir, ws)
}

/// Adds an active person with only a name and a role; returns their id.
pub fn person(ws: &mut Workspace, name: &str, role: PersonRole) -> String {
    ws.team_mut()
        .save_person(&PersonInput {
            id: None,
            name: name.into(),
            email: String::new(),
            role,
            manager_id: None,
            start_date: None,
            territory: String::new(),
            active: true,
        })
        .unwrap()
        .id
}

/// A new workspace filled with the demo company.
pub fn demo_workspace() -> (TempDir, Workspace) {
    let (dir, mut ws) = new_workspace();
    salesdesk_core::demo::fill_demo(&mut ws, &salesdesk_core::demo::DemoCalendar::reference())
        .expect("the demo fills a new workspace");
    (dir, ws)
}

/// The export without its time stamp: equal exports mean equal workspaces.
pub fn contents(ws: &mut Workspace) -> serde_json::Value {
    let mut value = ws.export_json().expect("export");
    value.as_object_mut().unwrap().remove("exportedAt");
    value
}

/// An account with only a name: the input of `save_account` for a new one.
pub fn account_named(name: &str) -> salesdesk_core::accounts::AccountInput {
    salesdesk_core::accounts::AccountInput {
        id: None,
        name: name.into(),
        industry: String::new(),
        size: String::new(),
        yearly_revenue: 0.0,
        potential: 0.0,
        owner_id: None,
    }
}

/// A file generated from the Rust code and committed for the UI (the
/// bindings, the number fixture): written with `UPDATE_BINDINGS=1`, else
/// the test fails when the committed copy differs. `path` is relative to
/// the repository root; `test` names the test that writes it.
pub fn assert_generated_file(path: &str, generated: &str, test: &str) {
    let full = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join(path);
    if std::env::var_os("UPDATE_BINDINGS").is_some() {
        std::fs::write(&full, generated).unwrap();
        return;
    }
    let committed = std::fs::read_to_string(&full).unwrap_or_default();
    assert!(
        committed == generated,
        "{path} is stale; run UPDATE_BINDINGS=1 cargo test -p salesdesk-core --test {test}"
    );
}

/// The number of the newest entry in the change log (0 when it is empty):
/// what a test reads the changes after.
pub fn last_seq(ws: &mut Workspace) -> i64 {
    ws.changes_since(0)
        .unwrap()
        .last()
        .map(|c| c.seq)
        .unwrap_or(0)
}
