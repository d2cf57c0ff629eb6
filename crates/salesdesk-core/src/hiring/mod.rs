//! Hiring (PRODUCT.md section 2): role profiles, candidates, interview
//! scorecards with locking and amendments, and the candidate comparison.

pub mod model;
mod ops;
pub mod score;
mod suggest;

pub use model::*;
pub use ops::{HiringReads, HiringWrites, MAX_ATTRIBUTES, MAX_WEIGHT};
