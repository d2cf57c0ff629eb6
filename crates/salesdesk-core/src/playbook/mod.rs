//! The sales playbook (PRODUCT.md section 1): stages, qualification,
//! profile, objections, competitors, KPIs, training and published versions.

pub mod model;
mod ops;
pub mod template;

pub use model::*;
pub use ops::{
    MAX_EXPECTED_DAYS, MAX_KPI_TARGET, PlaybookReads, PlaybookWrites, enum_from, enum_text,
};
