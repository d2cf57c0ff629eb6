// Generated from the Rust types by ts-rs (crates/salesdesk-core/src/bindings.rs).
// Do not edit by hand: run `UPDATE_BINDINGS=1 cargo test -p salesdesk-core bindings`.

export type ErrorCode = "invalid" | "conflict" | "not_found" | "not_a_workspace" | "too_new" | "io" | "busy" | "read_only" | "internal";

export type ErrorPayload = { code: ErrorCode, message: string, 
/**
 * The input field the message belongs next to, e.g. `name`.
 */
field: string | null, };

export type WorkspaceStatus = { "status": "open", path: string, readOnly: boolean, example: boolean, } | { "status": "failed", path: string, error: ErrorPayload, };

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

export type PersonRole = "owner" | "manager" | "rep";

export type Person = { id: string, name: string, email: string, role: PersonRole, managerId: string | null, 
/**
 * ISO date, e.g. 2026-03-01.
 */
startDate: string | null, territory: string, 
/**
 * False once the person has left; kept for history.
 */
active: boolean, 
/**
 * The candidate this person was hired as, if hired through Salesdesk.
 */
hiredFromCandidateId: string | null, };

export type PersonInput = { id: string | null, name: string, email: string, role: PersonRole, managerId: string | null, startDate: string | null, territory: string, active: boolean, };

export type AttributeGroup = "skill" | "knowledge" | "attitude";

export type TestMethod = "interview_question" | "role_play" | "exercise";

export type RoleAttribute = { id: string, group: AttributeGroup, name: string, testMethod: TestMethod, 
/**
 * The question to ask, or the role-play or exercise to run.
 */
testDetail: string, 
/**
 * How much this attribute counts; positive.
 */
weight: number, };

export type RoleProfile = { id: string, title: string, responsibilities: string, 
/**
 * Archived roles keep their candidates and scorecards.
 */
archived: boolean, 
/**
 * Skills first, then knowledge, then attitudes; in order within each.
 */
attributes: Array<RoleAttribute>, candidateCount: number, };

export type RoleInput = { id: string | null, title: string, responsibilities: string, };

export type AttributeInput = { id: string | null, roleId: string, group: AttributeGroup, name: string, testMethod: TestMethod, testDetail: string, weight: number, };

export type RoleRemoval = "deleted" | "archived";

export type AttributeSuggestion = { group: AttributeGroup, name: string, testMethod: TestMethod, testDetail: string, 
/**
 * Where it comes from, e.g. "Stage Proposal: key activities".
 */
source: string, };

export type CandidateStatus = "applied" | "interviewing" | "offer" | "hired" | "declined";

export type Candidate = { id: string, roleId: string, name: string, email: string, notes: string, status: CandidateStatus, 
/**
 * Set once hired: the team member they became.
 */
hiredPersonId: string | null, };

export type CandidateInput = { id: string | null, roleId: string, name: string, email: string, notes: string, };

export type Recommendation = "strong_no" | "no" | "yes" | "strong_yes";

export type Rating = { attributeId: string, 
/**
 * 1 Strong no, 2 No, 3 Yes, 4 Strong yes; null: not assessed.
 */
rating: number | null, evidence: string, };

export type Amendment = { id: string, 
/**
 * The attribute whose rating or evidence changed; null for the
 * recommendation or summary.
 */
attributeId: string | null, field: string, oldValue: string, newValue: string, reason: string, amendedBy: string | null, amendedByName: string | null, amendedAt: string, };

export type Scorecard = { id: string, candidateId: string, interviewerId: string, interviewerName: string, heldOn: string, recommendation: Recommendation | null, summary: string, 
/**
 * Set once submitted; the scorecard is locked from then on.
 */
submittedAt: string | null, 
/**
 * One entry per attribute of the role, in role order.
 */
ratings: Array<Rating>, amendments: Array<Amendment>, };

export type NewScorecard = { candidateId: string, interviewerId: string, heldOn: string, };

export type RatingInput = { attributeId: string, 
/**
 * 1 to 4, or null for not assessed. A number so bad input gets a
 * clear message.
 */
rating: number | null, evidence: string, };

export type ScorecardInput = { id: string, heldOn: string, recommendation: Recommendation | null, summary: string, ratings: Array<RatingInput>, };

export type AmendmentChange = { "field": "rating", attributeId: string, rating: number | null, } | { "field": "evidence", attributeId: string, evidence: string, } | { "field": "recommendation", recommendation: Recommendation, } | { "field": "summary", summary: string, };

export type AmendmentInput = { scorecardId: string, change: AmendmentChange, reason: string, };

export type HireInput = { candidateId: string, startDate: string, managerId: string | null, territory: string, };

export type AttributeSpread = { attributeId: string, lowest: number | null, highest: number | null, mean: number | null, 
/**
 * How many scorecards rated it (not "not assessed").
 */
ratedBy: number, };

export type ComparisonFlag = { "kind": "missingRatings", count: number, } | { "kind": "disagreement", attributeIds: Array<string>, } | { "kind": "tooFewInterviews", submitted: number, minimum: number, };

export type CandidateComparison = { candidate: Candidate, submittedScorecards: number, 
/**
 * Weighted score on the 1–4 scale (see docs/HIRING.md); null when
 * nothing was rated.
 */
weightedScore: number | null, spreads: Array<AttributeSpread>, recommendations: Array<Recommendation>, flags: Array<ComparisonFlag>, };

export type RoleComparison = { role: RoleProfile, candidates: Array<CandidateComparison>, };

export type PlanStatus = "draft" | "submitted" | "approved" | "returned";

export type GoalKind = "professional" | "personal";

export type PlanGoal = { 
/**
 * `None` for a goal not saved yet. (Approved revisions written before
 * goals had ids have none.)
 */
id: string | null, kind: GoalKind, text: string, };

export type TrainingNeed = { moduleId: string, note: string, };

export type PlanMonth = { month: string, quota: number, 
/**
 * Open pipeline the rep expects at the end of the month (until
 * pipeline tracking exists).
 */
expectedPipeline: number, };

export type ForecastRow = { client: string, product: string, amounts: Array<number>, };

export type ActivityGoal = { kpiId: string, period: GoalPeriod, target: number, };

export type MarketingActivity = { 
/**
 * `None` for an activity not saved yet (and in approved revisions
 * written before activities had ids).
 */
id: string | null, what: string, month: string, cost: number, expectedLeads: number, };

export type PlanContent = { goals: Array<PlanGoal>, trainingNeeds: Array<TrainingNeed>, 
/**
 * The six months, in order.
 */
months: Array<PlanMonth>, forecast: Array<ForecastRow>, activityGoals: Array<ActivityGoal>, marketing: Array<MarketingActivity>, };

export type PlanEvent = { at: string, actorName: string | null, action: string, comment: string, };

export type PlanSummary = { id: string, repId: string, repName: string, firstMonth: string, lastMonth: string, status: PlanStatus, returnComment: string, 
/**
 * Number of the latest approval, if any.
 */
approvedRevision: number | null, };

export type Plan = { summary: PlanSummary, content: PlanContent, 
/**
 * The content as last approved, to compare changes with.
 */
approved: PlanContent | null, events: Array<PlanEvent>, };

export type NewPlan = { repId: string, firstMonth: string, };

export type PlanSection = { "section": "goals", "value": Array<PlanGoal> } | { "section": "trainingNeeds", "value": Array<TrainingNeed> } | { "section": "months", "value": Array<PlanMonth> } | { "section": "forecast", "value": Array<ForecastRow> } | { "section": "activityGoals", "value": Array<ActivityGoal> } | { "section": "marketing", "value": Array<MarketingActivity> };

export type ActualCell = { repId: string, month: string, client: string, product: string, amount: number, };

export type ActivityCount = { repId: string, month: string, kpiId: string, count: number, };

export type Actuals = { revenue: Array<ActualCell>, activities: Array<ActivityCount>, };

export type UnknownNames = "add" | "reject";

export type RevenueImport = { repId: string, settings: CsvSettings, mapping: RevenueMapping, unknown: UnknownNames, };

export type ImportReport = { 
/**
 * Rows that would be (or were) added.
 */
newRows: number, 
/**
 * Rows already imported before: skipped.
 */
duplicates: number, total: number, newClients: Array<string>, newProducts: Array<string>, errors: Array<RowError>, 
/**
 * False for a preview, and whenever there were errors: then nothing
 * was saved.
 */
saved: boolean, };

export type PlanFigures = { plan: PlanSummary, 
/**
 * False while targets were never approved: figures use the draft.
 */
targetsAgreed: boolean, 
/**
 * YYYY-MM-DD.
 */
asOf: string, revenue: RevenueFigures, activities: Array<ActivityFigure>, 
/**
 * Mean activity attainment over the goals that have one.
 */
activityAttainment: number | null, };

export type GoalPeriod = "week" | "month";

export type MonthState = "complete" | "current" | "future";

export type MonthFigure = { month: string, state: MonthState, quota: number, forecast: number, actual: number, attainment: number | null, 
/**
 * Only for complete months.
 */
forecastAccuracy: number | null, };

export type QuarterFigure = { 
/**
 * e.g. "2026Q4".
 */
quarter: string, quota: number, actual: number, attainment: number | null, };

export type RevenueFigures = { months: Array<MonthFigure>, quarters: Array<QuarterFigure>, 
/**
 * Quota of the months so far: the complete ones and the current one,
 * each in full.
 */
quotaToDate: number, actualToDate: number, attainmentToDate: number | null, forecastAccuracy: number | null, remainingQuota: number, openPipeline: number, pipelineCoverage: number | null, 
/**
 * The current month's pace, when the as-of date falls in the plan.
 */
pace: MonthPace | null, };

export type MonthPace = { month: string, 
/**
 * Share of the month's days elapsed, 0 to 1.
 */
elapsed: number, actual: number, quota: number, 
/**
 * The attainment the month ends with if it goes on as so far (none
 * without a quota).
 */
projectedAttainment: number | null, };

export type ActivityFigure = { name: string, goal: number, period: GoalPeriod, goalToDate: number, actualToDate: number, attainment: number | null, };

export type DateOrder = "day_month" | "month_day";

export type DecimalMark = "point" | "comma";

export type CsvSettings = { 
/**
 * ",", ";" or a tab.
 */
delimiter: string, dateOrder: DateOrder, decimalMark: DecimalMark, 
/**
 * The file's character encoding by its WHATWG name ("UTF-8",
 * "windows-1252", "UTF-16LE", …; see [`ENCODINGS`]); empty: detect it.
 */
encoding: string, };

export type CsvTable = { headers: Array<string>, rows: Array<CsvRow>, };

export type CsvRow = { line: number, cells: Array<string>, };

export type RowError = { line: number, message: string, };

export type RevenueMapping = { date: number, client: number, product: number, amount: number, };

export type CsvPreview = { name: string, settings: CsvSettings, table: CsvTable, mapping: RevenueMapping | null, activityMapping: ActivityMapping | null, 
/**
 * The encodings the file can be read in instead ([`ENCODINGS`]).
 */
encodings: Array<EncodingOption>, };

export type EncodingOption = { name: string, label: string, };

export type ActivityMapping = { date: number, activity: number, count: number, };

export type ActivityImport = { repId: string, settings: CsvSettings, mapping: ActivityMapping, };

export type Account = { id: string, name: string, industry: string, size: string, 
/**
 * Current yearly revenue with us.
 */
yearlyRevenue: number, 
/**
 * What the account could buy from us in a year.
 */
potential: number, ownerId: string | null, ownerName: string | null, };

export type AccountInput = { id: string | null, name: string, industry: string, size: string, yearlyRevenue: number, potential: number, ownerId: string | null, };

export type BuyingRole = "decision_maker" | "influencer" | "champion" | "user" | "blocker";

export type Relationship = "strong" | "good" | "neutral" | "weak" | "none";

export type Contact = { 
/**
 * `None` for a contact not saved yet.
 */
id: string | null, name: string, title: string, buyingRole: BuyingRole, relationship: Relationship, };

export type StepStatus = "open" | "in_progress" | "done" | "dropped";

export type Step = { id: string | null, action: string, ownerId: string, 
/**
 * YYYY-MM-DD.
 */
dueDate: string, status: StepStatus, result: string, };

export type AccountPlanInput = { id: string, contacts: Array<Contact>, competition: string, pastSuccesses: string, strategy: string, revenueTarget: number, steps: Array<Step>, };

export type AccountPlan = { id: string, account: Account, quarter: string, repId: string, repName: string, contacts: Array<Contact>, competition: string, pastSuccesses: string, strategy: string, revenueTarget: number, steps: Array<Step>, };

export type NewAccountPlan = { accountId: string, quarter: string, repId: string, };

export type NextStep = { stepId: string, planId: string, accountName: string, quarter: string, repName: string, action: string, ownerName: string, dueDate: string, status: StepStatus, overdue: boolean, };

export type NextSteps = { 
/**
 * At most the number asked for; the overdue ones come first.
 */
steps: Array<NextStep>, 
/**
 * Every open step, shown or not.
 */
total: number, 
/**
 * Of those, the ones due before today.
 */
overdue: number, };

export type RollUpRow = { client: string, accountPlanTarget: number | null, businessPlanForecast: number, 
/**
 * Target minus forecast.
 */
difference: number, };

export type RollUp = { repId: string, quarter: string, rows: Array<RollUpRow>, totalTarget: number, totalForecast: number, };

export type QuarterChoice = { 
/**
 * "2026Q4".
 */
quarter: string, firstDay: string, lastDay: string, 
/**
 * The quarter of `today`.
 */
current: boolean, };

export type ReviewStatus = "preparing" | "held" | "agreed";

export type ReviewAmendment = { text: string, authorName: string | null, at: string, };

export type Review = { id: string, repId: string, repName: string, quarter: string, status: ReviewStatus, repInput: string, strengths: string, developmentAreas: string, commitments: string, 
/**
 * YYYY-MM-DD, set when agreed.
 */
agreementDate: string | null, amendments: Array<ReviewAmendment>, };

export type ReviewInput = { id: string, repInput: string, strengths: string, developmentAreas: string, commitments: string, };

export type PaperSize = "a4" | "letter";

export type NumberStyle = "comma_point" | "point_comma" | "space_comma";

export type PrintSettings = { paper: PaperSize, numberStyle: NumberStyle, 
/**
 * Currency symbol or code, e.g. "€", "$", "CHF"; empty for none.
 */
currency: string, };

export type BackupInfo = { 
/**
 * The file's name inside the backups folder; what restore asks for.
 */
fileName: string, 
/**
 * When it was taken, RFC 3339 UTC.
 */
takenAt: string, 
/**
 * Why: "daily", "manual", "before-update-from-v4", "before-restore",
 * "before-import".
 */
reason: string, bytes: number, };

export type ImportSummary = { tables: number, rows: number, };

export type JsonImported = { summary: ImportSummary, backup: BackupInfo, };

export type AboutInfo = { version: string, dataDir: string, 
/**
 * The open workspace, if any.
 */
workspace: string | null, backupsDir: string | null, logFile: string, };

export type SearchKind = "stage" | "kpi" | "training" | "competitor" | "objection" | "qualification" | "profile" | "person" | "role" | "candidate" | "account" | "account_plan" | "business_plan" | "review";

export type SearchHit = { kind: SearchKind, id: string, title: string, 
/**
 * What the record is: "Account plan 2026Q4 · Aylin Demir".
 */
detail: string, 
/**
 * The line of its text where the words were found, if not the title.
 */
excerpt: string, 
/**
 * A candidate's role id.
 */
roleId: string | null, 
/**
 * A review's rep (and quarter); an account's owner.
 */
repId: string | null, quarter: string | null, };

export type Restored = { 
/**
 * "Stage “Visit”".
 */
label: string, 
/**
 * The table it lives in ("stages", "role_attributes", …).
 */
table: string, id: string, };

export type Origin = "window" | "cli" | "import" | "restore" | "server";

export type ChangeKind = "insert" | "update" | "delete" | "reset";

export type ChangedRecord = { table: string, 
/**
 * The record's id (for a table keyed by several columns, their values
 * as a JSON array).
 */
rowId: string, kind: ChangeKind, };

export type ChangeBatch = { origin: Origin, 
/**
 * Each changed record once, by table and id; a reset is one record of
 * table `*`.
 */
records: Array<ChangedRecord>, };
