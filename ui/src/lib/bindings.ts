// Generated from the Rust types by ts-rs (crates/salesdesk-core/src/bindings.rs).
// Do not edit by hand: run `UPDATE_BINDINGS=1 cargo test -p salesdesk-core bindings`.

export type ErrorCode = "invalid" | "conflict" | "not_found" | "not_a_workspace" | "too_new" | "io" | "internal";

export type ErrorPayload = { code: ErrorCode, message: string, 
/**
 * The input field the message belongs next to, e.g. `name`.
 */
field: string | null, };

export type WorkspaceStatus = { "status": "open", path: string, } | { "status": "failed", path: string, error: ErrorPayload, };

export type Playbook = { companyName: string, 
/**
 * False until the owner chose a blank playbook or the starter template.
 */
started: boolean, stages: Array<Stage>, qualification: Array<QualificationCriterion>, profile: PlaybookProfile, objections: Array<Objection>, competitors: Array<Competitor>, kpis: Array<Kpi>, training: Array<TrainingModule>, };

export type Stage = { id: string, name: string, purpose: string, entryCriteria: string, exitCriteria: Array<ChecklistItem>, keyActivities: string, scripts: string, materials: string, expectedDays: number | null, updatedAt: string, };

export type ChecklistItem = { id: string, text: string, };

export type StageInput = { id: string, name: string, purpose: string, entryCriteria: string, exitCriteria: Array<ChecklistItemInput>, keyActivities: string, scripts: string, materials: string, 
/**
 * Whole days, 0 to 365; a number so that bad input gets a clear message.
 */
expectedDays: number | null, };

export type ChecklistItemInput = { id: string | null, text: string, };

export type NewStage = { name: string, 
/**
 * Insert right after this stage; at the end when absent.
 */
afterId: string | null, };

export type QualificationCriterion = { id: string, 
/**
 * Set for the three built-in criteria, which cannot be deleted.
 */
builtin: BuiltinCriterion | null, label: string, description: string, };

export type BuiltinCriterion = "decision_maker" | "decision_date" | "budget";

export type CriterionInput = { id: string, label: string, description: string, };

export type PlaybookProfile = { idealCustomerProfile: string, valueProposition: string, };

export type Objection = { id: string, objection: string, response: string, };

export type Competitor = { id: string, name: string, notes: string, };

export type Kpi = { id: string, kind: KpiKind, name: string, unit: KpiUnit, period: KpiPeriod, target: number, };

export type KpiInput = { id: string | null, kind: KpiKind, name: string, unit: KpiUnit, period: KpiPeriod, target: number, };

export type KpiKind = "activity" | "result";

export type KpiUnit = "count" | "percent" | "currency" | "days";

export type KpiPeriod = "week" | "month" | "quarter" | "year";

export type TrainingModule = { id: string, area: TrainingArea, title: string, objectives: string, cadence: string, 
/**
 * Linked stages, in stage order.
 */
stageIds: Array<string>, };

export type TrainingModuleInput = { id: string | null, area: TrainingArea, title: string, objectives: string, cadence: string, stageIds: Array<string>, };

export type TrainingArea = "process" | "activities" | "fundamentals" | "attitude";

export type PlaybookTemplate = "blank" | "starter";

export type PlaybookStart = { companyName: string, template: PlaybookTemplate, };

export type PlaybookVersionSummary = { id: string, number: number, changeNote: string, publishedAt: string, };

export type PlaybookVersion = { summary: PlaybookVersionSummary, playbook: Playbook, };

export type PlaybookList = "stages" | "qualification" | "objections" | "competitors" | "kpis" | "training";
