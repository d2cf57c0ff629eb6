//! Six-month rep business plans (PRODUCT.md section 3): the plan and its
//! review workflow, actuals typed or imported from CSV, and the
//! plan-versus-actual figures.

pub mod csv_import;
pub mod figures;
pub mod model;
pub mod month;
mod ops;
pub(crate) mod revenue_months;

pub use model::*;
pub use month::Month;
pub(crate) use ops::{ApprovedTargets, account_id_by_name, as_of_in_range, forecast_by_client};
pub use ops::{MAX_AMOUNT, PlansReads, PlansWrites};
