//! Six-month rep business plans (PRODUCT.md section 3). So far: months,
//! the plan-versus-actual figures, and reading actuals from CSV. The plans
//! themselves (store, screens, PDF) build on these.

pub mod csv_import;
pub mod figures;
pub mod month;

pub use month::Month;
