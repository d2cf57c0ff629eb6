//! The TypeScript bindings the UI imports are generated from the Rust types;
//! this fails when the committed file is stale.

use std::path::Path;

use salesdesk_core::bindings::{BINDINGS_PATH, typescript};

#[test]
fn bindings_are_fresh() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join(BINDINGS_PATH);
    let generated = typescript();
    if std::env::var_os("UPDATE_BINDINGS").is_some() {
        std::fs::write(&path, &generated).unwrap();
        return;
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == generated,
        "{BINDINGS_PATH} is stale; run UPDATE_BINDINGS=1 cargo test -p salesdesk-core --test bindings"
    );
}
