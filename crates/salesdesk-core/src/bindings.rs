//! TypeScript declarations for every type that crosses to the UI, generated
//! from the Rust types by ts-rs into one file, `ui/src/lib/bindings.ts`.
//! A test fails when the committed file differs from what the types give;
//! run `UPDATE_BINDINGS=1 cargo test -p salesdesk-core bindings` to refresh.

use ts_rs::{Config, TS};

use crate::accounts::*;
use crate::error::{ErrorCode, ErrorPayload};
use crate::hiring::*;
use crate::paths::AboutInfo;
use crate::plans::csv_import::*;
use crate::plans::figures::*;
use crate::plans::*;
use crate::playbook::*;
use crate::print::{NumberStyle, PaperSize, PrintSettings};
use crate::reviews::*;
use crate::search::{SearchHit, SearchKind};
use crate::store::WorkspaceStatus;
use crate::store::backup::BackupInfo;
use crate::store::seam::{ChangeBatch, ChangeKind, ChangedRecord, Origin};
use crate::store::transfer::{ImportSummary, JsonImported};
use crate::store::trash::Restored;
use crate::team::{Person, PersonInput, PersonRole};

/// Path of the generated file, relative to the repository root.
pub const BINDINGS_PATH: &str = "ui/src/lib/bindings.ts";

macro_rules! declarations {
    ($cfg:expr; $($ty:ty),* $(,)?) => {
        vec![$(format!("export {}", <$ty as TS>::decl($cfg))),*]
    };
}

/// The whole generated file.
pub fn typescript() -> String {
    let cfg = &Config::default();
    let decls = declarations![cfg;
        ErrorCode, ErrorPayload, WorkspaceStatus,
        Playbook, Stage, ChecklistItem, StageInput, ChecklistItemInput, NewStage,
        QualificationCriterion, BuiltinCriterion, CriterionInput, PlaybookProfile,
        Objection, Competitor, Kpi, KpiInput, KpiKind, KpiUnit, KpiPeriod,
        TrainingModule, TrainingModuleInput, TrainingArea,
        PlaybookTemplate, PlaybookStart, PlaybookVersionSummary, PlaybookVersion, PlaybookList,
        PersonRole, Person, PersonInput,
        AttributeGroup, TestMethod, RoleAttribute, RoleProfile, RoleInput, AttributeInput, RoleRemoval,
        AttributeSuggestion, CandidateStatus, Candidate, CandidateInput, Recommendation, Rating, Amendment,
        Scorecard, NewScorecard, RatingInput, ScorecardInput, AmendmentChange, AmendmentInput, HireInput,
        AttributeSpread, ComparisonFlag, CandidateComparison, RoleComparison,
        PlanStatus, GoalKind, PlanGoal, TrainingNeed, PlanMonth, ForecastRow, ActivityGoal,
        MarketingActivity, PlanContent, PlanEvent, PlanSummary, Plan, NewPlan, PlanSection,
        ActualCell, ActivityCount, Actuals, UnknownNames, RevenueImport, ImportReport, PlanFigures,
        GoalPeriod, MonthState, MonthFigure, QuarterFigure, RevenueFigures, MonthPace, ActivityFigure,
        DateOrder, DecimalMark, CsvSettings, CsvTable, CsvRow, RowError, RevenueMapping, CsvPreview, EncodingOption, ActivityMapping, ActivityImport,
        Account, AccountInput, BuyingRole, Relationship, Contact, StepStatus, Step, AccountPlanInput,
        AccountPlan, NewAccountPlan, NextStep, NextSteps, RollUpRow, RollUp, QuarterChoice,
        ReviewStatus, ReviewAmendment, Review, ReviewInput, PaperSize, NumberStyle, PrintSettings,
        BackupInfo, ImportSummary, JsonImported, AboutInfo, SearchKind, SearchHit, Restored,
        Origin, ChangeKind, ChangedRecord, ChangeBatch,
    ];
    let mut out = String::from(
        "// Generated from the Rust types by ts-rs (crates/salesdesk-core/src/bindings.rs).\n// Do not edit by hand: run `UPDATE_BINDINGS=1 cargo test -p salesdesk-core bindings`.\n\n",
    );
    for decl in decls {
        out.push_str(&decl);
        out.push_str("\n\n");
    }
    out.truncate(out.trim_end().len());
    out.push('\n');
    out
}
