//! Salesdesk's domain library: the workspace store, the rules of each module
//! and the PDF rendering. It has no Tauri dependency, so it builds and tests
//! headless and the CLI shares it with the desktop app.

pub mod accounts;
pub mod bindings;
pub mod demo;
pub mod error;
pub mod export;
pub mod hiring;
pub mod input;
pub mod output;
pub mod paths;
pub mod pdf;
pub mod plans;
pub mod playbook;
pub mod print;
pub mod reviews;
pub mod search;
pub mod store;
pub mod team;
pub mod time;
pub mod validate;

pub use error::{Error, ErrorCode, ErrorPayload, Result};
pub use store::{Reader, Workspace};
