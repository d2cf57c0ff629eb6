//! The TypeScript bindings the UI imports are generated from the Rust types;
//! this fails when the committed file is stale.

mod common;

use salesdesk_core::bindings::{BINDINGS_PATH, typescript};

#[test]
fn bindings_are_fresh() {
    common::assert_generated_file(BINDINGS_PATH, &typescript(), "bindings");
}
