//! PDF rendering. `layout` is the page engine, `text` puts text in any
//! script into it; each document has a module.

pub mod accounts;
pub mod hiring;
pub mod layout;
pub mod manual;
pub mod packet;
pub mod plan;
pub mod text;

pub use layout::PageSize;
pub use manual::{ManualEdition, render_manual};
