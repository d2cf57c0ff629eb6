//! The sales playbook's records as the UI, the CLI and the PDF see them.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// The whole playbook: what the Playbook screen shows and what a published
/// version freezes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Playbook {
    pub company_name: String,
    /// False until the owner chose a blank playbook or the starter template.
    pub started: bool,
    pub stages: Vec<Stage>,
    pub qualification: Vec<QualificationCriterion>,
    pub profile: PlaybookProfile,
    pub objections: Vec<Objection>,
    pub competitors: Vec<Competitor>,
    pub kpis: Vec<Kpi>,
    pub training: Vec<TrainingModule>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Stage {
    pub id: String,
    pub name: String,
    pub purpose: String,
    pub entry_criteria: String,
    pub exit_criteria: Vec<ChecklistItem>,
    pub key_activities: String,
    pub scripts: String,
    pub materials: String,
    pub expected_days: Option<u32>,
    pub updated_at: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ChecklistItem {
    pub id: String,
    pub text: String,
}

/// A stage as the editor sends it: every field at once. An exit criterion
/// without an id is new; one left out is deleted.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct StageInput {
    pub id: String,
    pub name: String,
    pub purpose: String,
    pub entry_criteria: String,
    pub exit_criteria: Vec<ChecklistItemInput>,
    pub key_activities: String,
    pub scripts: String,
    pub materials: String,
    /// Whole days, 0 to 365; a number so that bad input gets a clear message.
    pub expected_days: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ChecklistItemInput {
    pub id: Option<String>,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct NewStage {
    pub name: String,
    /// Insert right after this stage; at the end when absent.
    pub after_id: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct QualificationCriterion {
    pub id: String,
    /// Set for the three built-in criteria, which cannot be deleted.
    pub builtin: Option<BuiltinCriterion>,
    pub label: String,
    pub description: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum BuiltinCriterion {
    DecisionMaker,
    DecisionDate,
    Budget,
}

impl BuiltinCriterion {
    pub const ALL: [BuiltinCriterion; 3] = [
        BuiltinCriterion::DecisionMaker,
        BuiltinCriterion::DecisionDate,
        BuiltinCriterion::Budget,
    ];

    pub fn key(self) -> &'static str {
        match self {
            BuiltinCriterion::DecisionMaker => "decision_maker",
            BuiltinCriterion::DecisionDate => "decision_date",
            BuiltinCriterion::Budget => "budget",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.key() == key)
    }

    pub fn default_label(self) -> &'static str {
        match self {
            BuiltinCriterion::DecisionMaker => "Decision maker known",
            BuiltinCriterion::DecisionDate => "Decision date known",
            BuiltinCriterion::Budget => "Budget known",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CriterionInput {
    pub id: String,
    pub label: String,
    pub description: String,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PlaybookProfile {
    pub ideal_customer_profile: String,
    pub value_proposition: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Objection {
    pub id: String,
    pub objection: String,
    pub response: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Competitor {
    pub id: String,
    pub name: String,
    pub notes: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum KpiKind {
    /// Inputs a rep controls: calls, meetings, proposals.
    Activity,
    /// Outcomes: win rate, average deal size, cycle length.
    Result,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum KpiUnit {
    Count,
    Percent,
    Currency,
    Days,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum KpiPeriod {
    Week,
    Month,
    Quarter,
    Year,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Kpi {
    pub id: String,
    pub kind: KpiKind,
    pub name: String,
    pub unit: KpiUnit,
    pub period: KpiPeriod,
    pub target: f64,
}

/// A KPI as the editor sends it; no id when it is new.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct KpiInput {
    pub id: Option<String>,
    pub kind: KpiKind,
    pub name: String,
    pub unit: KpiUnit,
    pub period: KpiPeriod,
    pub target: f64,
}

/// The four areas of the training program.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum TrainingArea {
    /// The sales process itself.
    Process,
    /// The activities that drive it: qualifying, quoting, closing.
    Activities,
    /// Fundamentals practised weekly: planning, questioning, listening, ...
    Fundamentals,
    /// Attitude and behaviour.
    Attitude,
}

impl TrainingArea {
    pub const ALL: [TrainingArea; 4] = [
        TrainingArea::Process,
        TrainingArea::Activities,
        TrainingArea::Fundamentals,
        TrainingArea::Attitude,
    ];

    pub fn title(self) -> &'static str {
        match self {
            TrainingArea::Process => "The sales process",
            TrainingArea::Activities => "Activities that drive the process",
            TrainingArea::Fundamentals => "Fundamentals practised weekly",
            TrainingArea::Attitude => "Attitude and behaviour",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct TrainingModule {
    pub id: String,
    pub area: TrainingArea,
    pub title: String,
    pub objectives: String,
    pub cadence: String,
    /// Linked stages, in stage order.
    pub stage_ids: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct TrainingModuleInput {
    pub id: Option<String>,
    pub area: TrainingArea,
    pub title: String,
    pub objectives: String,
    pub cadence: String,
    pub stage_ids: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum PlaybookTemplate {
    Blank,
    Starter,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PlaybookStart {
    pub company_name: String,
    pub template: PlaybookTemplate,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PlaybookVersionSummary {
    pub id: String,
    pub number: u32,
    pub change_note: String,
    pub published_at: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PlaybookVersion {
    pub summary: PlaybookVersionSummary,
    pub playbook: Playbook,
}

/// Which list a move or delete applies to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum PlaybookList {
    Stages,
    Qualification,
    Objections,
    Competitors,
    Kpis,
    Training,
}
