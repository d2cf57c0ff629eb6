//! Accounts and quarterly account plans as the UI, the CLI and the PDF see
//! them.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Account {
    pub id: String,
    pub name: String,
    pub industry: String,
    pub size: String,
    /// Current yearly revenue with us.
    pub yearly_revenue: f64,
    /// What the account could buy from us in a year.
    pub potential: f64,
    pub owner_id: Option<String>,
    pub owner_name: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AccountInput {
    pub id: Option<String>,
    pub name: String,
    pub industry: String,
    pub size: String,
    pub yearly_revenue: f64,
    pub potential: f64,
    pub owner_id: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum BuyingRole {
    DecisionMaker,
    Influencer,
    Champion,
    User,
    Blocker,
}

impl BuyingRole {
    pub fn label(self) -> &'static str {
        match self {
            BuyingRole::DecisionMaker => "Decision maker",
            BuyingRole::Influencer => "Influencer",
            BuyingRole::Champion => "Champion",
            BuyingRole::User => "User",
            BuyingRole::Blocker => "Blocker",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Relationship {
    Strong,
    Good,
    Neutral,
    Weak,
    None,
}

impl Relationship {
    pub fn label(self) -> &'static str {
        match self {
            Relationship::Strong => "Strong",
            Relationship::Good => "Good",
            Relationship::Neutral => "Neutral",
            Relationship::Weak => "Weak",
            Relationship::None => "None yet",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Contact {
    /// `None` for a contact not saved yet.
    #[serde(default)]
    pub id: Option<String>,
    pub name: String,
    pub title: String,
    pub buying_role: BuyingRole,
    pub relationship: Relationship,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum StepStatus {
    Open,
    InProgress,
    Done,
    Dropped,
}

impl StepStatus {
    pub fn label(self) -> &'static str {
        match self {
            StepStatus::Open => "Open",
            StepStatus::InProgress => "In progress",
            StepStatus::Done => "Done",
            StepStatus::Dropped => "Dropped",
        }
    }

    /// Open and in-progress steps are unfinished: they carry forward.
    pub fn unfinished(self) -> bool {
        matches!(self, StepStatus::Open | StepStatus::InProgress)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Step {
    pub id: Option<String>,
    pub action: String,
    pub owner_id: String,
    /// YYYY-MM-DD.
    pub due_date: String,
    pub status: StepStatus,
    pub result: String,
}

/// The content of an account plan, as the editor saves it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AccountPlanInput {
    pub id: String,
    pub contacts: Vec<Contact>,
    pub competition: String,
    pub past_successes: String,
    pub strategy: String,
    pub revenue_target: f64,
    pub steps: Vec<Step>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AccountPlan {
    pub id: String,
    pub account: Account,
    pub quarter: String,
    pub rep_id: String,
    pub rep_name: String,
    pub contacts: Vec<Contact>,
    pub competition: String,
    pub past_successes: String,
    pub strategy: String,
    pub revenue_target: f64,
    pub steps: Vec<Step>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct NewAccountPlan {
    pub account_id: String,
    pub quarter: String,
    pub rep_id: String,
}

/// One open step, for the next-steps list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct NextStep {
    pub step_id: String,
    pub plan_id: String,
    pub account_name: String,
    pub quarter: String,
    pub rep_name: String,
    pub action: String,
    pub owner_name: String,
    pub due_date: String,
    pub status: StepStatus,
    pub overdue: bool,
}

/// The first open steps, soonest due first, and how many there are in all.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct NextSteps {
    /// At most the number asked for; the overdue ones come first.
    pub steps: Vec<NextStep>,
    /// Every open step, shown or not.
    pub total: u32,
    /// Of those, the ones due before today.
    pub overdue: u32,
}

/// A rep's account-plan target for a client beside the business-plan
/// forecast for the same client and quarter.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RollUpRow {
    pub client: String,
    pub account_plan_target: Option<f64>,
    pub business_plan_forecast: f64,
    /// Target minus forecast.
    pub difference: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RollUp {
    pub rep_id: String,
    pub quarter: String,
    pub rows: Vec<RollUpRow>,
    pub total_target: f64,
    pub total_forecast: f64,
}
