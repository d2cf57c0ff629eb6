//! PDF rendering. `layout` is the page engine (it places items: text
//! lines, rules, rectangles, links), `paint` draws them into each page's
//! content stream, `text` shapes text in any script for both; each
//! document has a module.

pub mod accounts;
pub mod hiring;
pub mod layout;
pub mod manual;
pub mod packet;
pub mod paint;
pub mod plan;
pub mod text;

pub use layout::PageSize;
pub use manual::{ManualEdition, render_manual};
