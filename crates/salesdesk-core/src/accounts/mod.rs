//! Accounts and quarterly account plans (PRODUCT.md section 4): key
//! contacts, competition, strategy, a revenue target and at most five steps;
//! copy forward, next steps, and the roll-up against the business plans.

pub mod model;
mod ops;
pub mod quarter;

pub use model::*;
pub use ops::{AccountsReads, AccountsWrites, MAX_CONTACTS, MAX_STEPS};
pub use quarter::{Quarter, QuarterChoice, quarter_choices};
