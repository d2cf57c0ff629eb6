//! Helpers shared by the library's integration tests.
#![allow(dead_code)]

use salesdesk_core::Workspace;
use tempfile::TempDir;

/// A new workspace in a fresh temporary folder (kept alive by the TempDir).
pub fn new_workspace() -> (TempDir, Workspace) {
    let dir = tempfile::tempdir().expect("temp dir");
    let ws = Workspace::create(dir.path().join("test.salesdesk")).expect("create workspace");
    (dir, ws)
}
