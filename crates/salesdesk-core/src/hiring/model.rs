//! Hiring records as the UI, the CLI and the PDFs see them.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum AttributeGroup {
    Skill,
    Knowledge,
    Attitude,
}

impl AttributeGroup {
    pub const ALL: [AttributeGroup; 3] = [
        AttributeGroup::Skill,
        AttributeGroup::Knowledge,
        AttributeGroup::Attitude,
    ];

    pub fn title(self) -> &'static str {
        match self {
            AttributeGroup::Skill => "Skills",
            AttributeGroup::Knowledge => "Knowledge",
            AttributeGroup::Attitude => "Attitudes",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum TestMethod {
    InterviewQuestion,
    RolePlay,
    Exercise,
}

impl TestMethod {
    pub fn label(self) -> &'static str {
        match self {
            TestMethod::InterviewQuestion => "Interview question",
            TestMethod::RolePlay => "Role-play",
            TestMethod::Exercise => "Exercise",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RoleAttribute {
    pub id: String,
    pub group: AttributeGroup,
    pub name: String,
    pub test_method: TestMethod,
    /// The question to ask, or the role-play or exercise to run.
    pub test_detail: String,
    /// How much this attribute counts; positive.
    pub weight: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RoleProfile {
    pub id: String,
    pub title: String,
    pub responsibilities: String,
    /// Archived roles keep their candidates and scorecards.
    pub archived: bool,
    /// Skills first, then knowledge, then attitudes; in order within each.
    pub attributes: Vec<RoleAttribute>,
    pub candidate_count: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RoleInput {
    pub id: Option<String>,
    pub title: String,
    pub responsibilities: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AttributeInput {
    pub id: Option<String>,
    pub role_id: String,
    pub group: AttributeGroup,
    pub name: String,
    pub test_method: TestMethod,
    pub test_detail: String,
    pub weight: f64,
}

/// What deleting a role did: roles with candidates are archived instead,
/// so no scorecard is destroyed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum RoleRemoval {
    Deleted,
    Archived,
}

/// An attribute the playbook suggests for a role.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AttributeSuggestion {
    pub group: AttributeGroup,
    pub name: String,
    pub test_method: TestMethod,
    pub test_detail: String,
    /// Where it comes from, e.g. "Stage Proposal: key activities".
    pub source: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum CandidateStatus {
    Applied,
    Interviewing,
    Offer,
    Hired,
    Declined,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Candidate {
    pub id: String,
    pub role_id: String,
    pub name: String,
    pub email: String,
    pub notes: String,
    pub status: CandidateStatus,
    /// Set once hired: the team member they became.
    pub hired_person_id: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CandidateInput {
    pub id: Option<String>,
    pub role_id: String,
    pub name: String,
    pub email: String,
    pub notes: String,
}

/// The fixed rating scale; "not assessed" is the absence of a rating.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Recommendation {
    StrongNo,
    No,
    Yes,
    StrongYes,
}

impl Recommendation {
    pub fn label(self) -> &'static str {
        match self {
            Recommendation::StrongNo => "Strong no",
            Recommendation::No => "No",
            Recommendation::Yes => "Yes",
            Recommendation::StrongYes => "Strong yes",
        }
    }
}

/// The label of a rating on the scale 1–4.
pub fn rating_label(rating: u8) -> &'static str {
    match rating {
        1 => "Strong no",
        2 => "No",
        3 => "Yes",
        4 => "Strong yes",
        _ => "Not assessed",
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Rating {
    pub attribute_id: String,
    /// 1 Strong no, 2 No, 3 Yes, 4 Strong yes; null: not assessed.
    pub rating: Option<u8>,
    pub evidence: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Amendment {
    pub id: String,
    /// The attribute whose rating or evidence changed; null for the
    /// recommendation or summary.
    pub attribute_id: Option<String>,
    pub field: String,
    pub old_value: String,
    pub new_value: String,
    pub reason: String,
    pub amended_by: Option<String>,
    pub amended_by_name: Option<String>,
    pub amended_at: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Scorecard {
    pub id: String,
    pub candidate_id: String,
    pub interviewer_id: String,
    pub interviewer_name: String,
    pub held_on: String,
    pub recommendation: Option<Recommendation>,
    pub summary: String,
    /// Set once submitted; the scorecard is locked from then on.
    pub submitted_at: Option<String>,
    /// One entry per attribute of the role, in role order.
    pub ratings: Vec<Rating>,
    pub amendments: Vec<Amendment>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct NewScorecard {
    pub candidate_id: String,
    pub interviewer_id: String,
    pub held_on: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RatingInput {
    pub attribute_id: String,
    /// 1 to 4, or null for not assessed. A number so bad input gets a
    /// clear message.
    pub rating: Option<f64>,
    pub evidence: String,
}

/// A draft scorecard as the editor sends it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ScorecardInput {
    pub id: String,
    pub held_on: String,
    pub recommendation: Option<Recommendation>,
    pub summary: String,
    pub ratings: Vec<RatingInput>,
}

/// A correction to a submitted scorecard: exactly one of the values.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", tag = "field")]
pub enum AmendmentChange {
    #[serde(rename_all = "camelCase")]
    Rating {
        attribute_id: String,
        rating: Option<f64>,
    },
    #[serde(rename_all = "camelCase")]
    Evidence {
        attribute_id: String,
        evidence: String,
    },
    #[serde(rename_all = "camelCase")]
    Recommendation { recommendation: Recommendation },
    #[serde(rename_all = "camelCase")]
    Summary { summary: String },
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AmendmentInput {
    pub scorecard_id: String,
    pub change: AmendmentChange,
    pub reason: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct HireInput {
    pub candidate_id: String,
    pub start_date: String,
    pub manager_id: Option<String>,
    pub territory: String,
}

/// One attribute's ratings for one candidate across submitted scorecards.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AttributeSpread {
    pub attribute_id: String,
    pub lowest: Option<u8>,
    pub highest: Option<u8>,
    pub mean: Option<f64>,
    /// How many scorecards rated it (not "not assessed").
    pub rated_by: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", tag = "kind")]
pub enum ComparisonFlag {
    /// Ratings left "not assessed" on submitted scorecards.
    #[serde(rename_all = "camelCase")]
    MissingRatings { count: u32 },
    /// Interviewers are two or more points apart on these attributes.
    #[serde(rename_all = "camelCase")]
    Disagreement { attribute_ids: Vec<String> },
    /// Fewer submitted scorecards than the minimum.
    #[serde(rename_all = "camelCase")]
    TooFewInterviews { submitted: u32, minimum: u32 },
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CandidateComparison {
    pub candidate: Candidate,
    pub submitted_scorecards: u32,
    /// Weighted score on the 1–4 scale (see docs/HIRING.md); null when
    /// nothing was rated.
    pub weighted_score: Option<f64>,
    pub spreads: Vec<AttributeSpread>,
    pub recommendations: Vec<Recommendation>,
    pub flags: Vec<ComparisonFlag>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RoleComparison {
    pub role: RoleProfile,
    pub candidates: Vec<CandidateComparison>,
}
