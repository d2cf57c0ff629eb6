//! Business-plan records as the UI, the CLI and the PDF see them. Months
//! travel as "YYYY-MM" strings.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::csv_import::{ActivityMapping, CsvSettings, RevenueMapping, RowError};
use super::figures::{ActivityFigure, GoalPeriod, RevenueFigures};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum PlanStatus {
    Draft,
    Submitted,
    Approved,
    Returned,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum GoalKind {
    Professional,
    Personal,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PlanGoal {
    /// `None` for a goal not saved yet. (Approved revisions written before
    /// goals had ids have none.)
    #[serde(default)]
    pub id: Option<String>,
    pub kind: GoalKind,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct TrainingNeed {
    pub module_id: String,
    pub note: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PlanMonth {
    pub month: String,
    pub quota: f64,
    /// Open pipeline the rep expects at the end of the month (until
    /// pipeline tracking exists).
    pub expected_pipeline: f64,
}

/// One row of the forecast grid: a client and a product, six months.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ForecastRow {
    pub client: String,
    pub product: String,
    pub amounts: Vec<f64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ActivityGoal {
    pub kpi_id: String,
    pub period: GoalPeriod,
    pub target: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MarketingActivity {
    /// `None` for an activity not saved yet (and in approved revisions
    /// written before activities had ids).
    #[serde(default)]
    pub id: Option<String>,
    pub what: String,
    pub month: String,
    pub cost: f64,
    pub expected_leads: u32,
}

/// Everything a rep writes in a plan; an approval freezes a copy.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PlanContent {
    pub goals: Vec<PlanGoal>,
    pub training_needs: Vec<TrainingNeed>,
    /// The six months, in order.
    pub months: Vec<PlanMonth>,
    pub forecast: Vec<ForecastRow>,
    pub activity_goals: Vec<ActivityGoal>,
    pub marketing: Vec<MarketingActivity>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PlanEvent {
    pub at: String,
    pub actor_name: Option<String>,
    pub action: String,
    pub comment: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PlanSummary {
    pub id: String,
    pub rep_id: String,
    pub rep_name: String,
    pub first_month: String,
    pub last_month: String,
    pub status: PlanStatus,
    pub return_comment: String,
    /// Number of the latest approval, if any.
    pub approved_revision: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Plan {
    pub summary: PlanSummary,
    pub content: PlanContent,
    /// The content as last approved, to compare changes with.
    pub approved: Option<PlanContent>,
    pub events: Vec<PlanEvent>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct NewPlan {
    pub rep_id: String,
    pub first_month: String,
}

/// A section of a plan, as the editor saves it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", tag = "section", content = "value")]
pub enum PlanSection {
    Goals(Vec<PlanGoal>),
    TrainingNeeds(Vec<TrainingNeed>),
    Months(Vec<PlanMonth>),
    Forecast(Vec<ForecastRow>),
    ActivityGoals(Vec<ActivityGoal>),
    Marketing(Vec<MarketingActivity>),
}

/// One cell of actual revenue typed in.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ActualCell {
    pub rep_id: String,
    pub month: String,
    pub client: String,
    pub product: String,
    pub amount: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ActivityCount {
    pub rep_id: String,
    pub month: String,
    pub kpi_id: String,
    pub count: f64,
}

/// A rep's actuals: revenue rows summed per month, client and product,
/// and activity counts per month.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Actuals {
    pub revenue: Vec<ActualCell>,
    pub activities: Vec<ActivityCount>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum UnknownNames {
    /// Add clients and products the workspace does not know yet.
    Add,
    /// Report rows with unknown clients or products as errors.
    Reject,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RevenueImport {
    pub rep_id: String,
    pub settings: CsvSettings,
    pub mapping: RevenueMapping,
    pub unknown: UnknownNames,
}

/// An activity file for a rep: its counts, summed per month and activity,
/// replace the counts of those months (so importing it again changes
/// nothing).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ActivityImport {
    pub rep_id: String,
    pub settings: CsvSettings,
    pub mapping: ActivityMapping,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ImportReport {
    /// Rows that would be (or were) added.
    pub new_rows: u32,
    /// Rows already imported before: skipped.
    pub duplicates: u32,
    pub total: f64,
    pub new_clients: Vec<String>,
    pub new_products: Vec<String>,
    pub errors: Vec<RowError>,
    /// False for a preview, and whenever there were errors: then nothing
    /// was saved.
    pub saved: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PlanFigures {
    pub plan: PlanSummary,
    /// False while targets were never approved: figures use the draft.
    pub targets_agreed: bool,
    /// YYYY-MM-DD.
    pub as_of: String,
    pub revenue: RevenueFigures,
    pub activities: Vec<ActivityFigure>,
    /// Mean activity attainment over the goals that have one.
    pub activity_attainment: Option<f64>,
}
