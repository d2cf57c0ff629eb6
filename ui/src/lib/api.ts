// Typed calls to the Rust commands. Every type comes from bindings.ts,
// which is generated from the Rust types; nothing here is written twice.
import { invoke, type Channel } from '@tauri-apps/api/core';
import type {
  PrintSettings,
  SearchHit,
  Restored,
  Review,
  ReviewInput,
  Account,
  AccountInput,
  AccountPlan,
  AccountPlanInput,
  NewAccountPlan,
  NextSteps,
  ChangeBatch,
  RollUp,
  ActivityCount,
  ActivityImport,
  ActualCell,
  Actuals,
  CsvPreview,
  ImportReport,
  NewPlan,
  Plan,
  PlanFigures,
  PlanSection,
  PlanSummary,
  RevenueImport,
  AmendmentInput,
  AttributeInput,
  AttributeSuggestion,
  Candidate,
  CandidateInput,
  CandidateStatus,
  HireInput,
  NewScorecard,
  Person,
  PersonInput,
  RoleAttribute,
  RoleComparison,
  RoleInput,
  RoleProfile,
  RoleRemoval,
  Scorecard,
  ScorecardInput,
  Competitor,
  CriterionInput,
  ErrorCode,
  ErrorPayload,
  Kpi,
  KpiInput,
  NewStage,
  Objection,
  Playbook,
  PlaybookList,
  PlaybookProfile,
  PlaybookStart,
  PlaybookVersion,
  PlaybookVersionSummary,
  QualificationCriterion,
  Stage,
  StageInput,
  TrainingModule,
  TrainingModuleInput,
  WorkspaceStatus,
  AboutInfo,
  BackupInfo,
  JsonImported,
} from './bindings';

/** An error from a command, with the field it belongs next to. */
export class CommandError extends Error {
  readonly code: ErrorCode;
  readonly field: string | null;

  constructor(payload: ErrorPayload) {
    super(payload.message);
    this.code = payload.code;
    this.field = payload.field;
  }
}

function isPayload(value: unknown): value is ErrorPayload {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as ErrorPayload).message === 'string' &&
    typeof (value as ErrorPayload).code === 'string'
  );
}

/** Turns whatever a failed invoke threw into a CommandError. */
export function toCommandError(error: unknown): CommandError {
  if (error instanceof CommandError) return error;
  if (isPayload(error)) return new CommandError(error);
  const message = error instanceof Error ? error.message : String(error);
  return new CommandError({ code: 'internal', message, field: null });
}

/** With `window.__salesdeskSent` set to an array (the end-to-end tests do),
 *  every command sent is added to it: tests check that a screen asks only
 *  for what it shows. Tauri's own invoke cannot be wrapped (it is frozen). */
type Recorder = { __salesdeskSent?: { cmd: string; args: Record<string, unknown> }[] };

async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  (window as Recorder).__salesdeskSent?.push({ cmd: command, args: args ?? {} });
  try {
    return await invoke<T>(command, args);
  } catch (error) {
    throw toCommandError(error);
  }
}

export const api = {
  workspaceStatus: () => call<WorkspaceStatus>('workspace_status'),
  openWorkspaceFile: () => call<WorkspaceStatus | null>('open_workspace_file'),
  createWorkspaceFile: () => call<WorkspaceStatus | null>('create_workspace_file'),
  reopenWorkspace: () => call<WorkspaceStatus>('reopen_workspace'),
  openExampleWorkspace: () => call<WorkspaceStatus>('open_example_workspace'),
  search: (query: string) => call<SearchHit[]>('search', { query }),
  lastDeleted: () => call<string | null>('last_deleted'),
  undoDelete: () => call<Restored>('undo_delete'),
  /** Where the application menu sends its entries' ids. */
  menuEvents: (channel: Channel<string>) => call<void>('menu_events', { channel }),
  /** Where every committed change is told (lib/changes.ts). */
  changeEvents: (channel: Channel<ChangeBatch>) => call<void>('change_events', { channel }),
  uiReady: (pageMs: number) => call<void>('ui_ready', { pageMs }),

  about: () => call<AboutInfo>('about'),
  listBackups: () => call<BackupInfo[]>('list_backups'),
  backUpNow: () => call<BackupInfo>('back_up_now'),
  restoreBackup: (fileName: string) => call<BackupInfo>('restore_backup', { fileName }),
  exportWorkspaceJson: () => call<string | null>('export_workspace_json'),
  importWorkspaceJson: () => call<JsonImported | null>('import_workspace_json'),

  getPlaybook: () => call<Playbook>('get_playbook'),
  startPlaybook: (start: PlaybookStart) => call<Playbook>('start_playbook', { start }),
  setCompanyName: (name: string) => call<void>('set_company_name', { name }),
  createStage: (input: NewStage) => call<Stage>('create_stage', { input }),
  updateStage: (input: StageInput) => call<Stage>('update_stage', { input }),
  moveItem: (list: PlaybookList, id: string, toIndex: number) =>
    call<Playbook>('move_item', { list, id, toIndex }),
  deleteItem: (list: PlaybookList, id: string) => call<Playbook>('delete_item', { list, id }),
  createCriterion: (label: string) => call<QualificationCriterion>('create_criterion', { label }),
  updateCriterion: (input: CriterionInput) =>
    call<QualificationCriterion>('update_criterion', { input }),
  updateProfile: (input: PlaybookProfile) => call<PlaybookProfile>('update_profile', { input }),
  createObjection: (objection: string) => call<Objection>('create_objection', { objection }),
  updateObjection: (input: Objection) => call<Objection>('update_objection', { input }),
  createCompetitor: (name: string) => call<Competitor>('create_competitor', { name }),
  updateCompetitor: (input: Competitor) => call<Competitor>('update_competitor', { input }),
  saveKpi: (input: KpiInput) => call<Kpi>('save_kpi', { input }),
  saveTrainingModule: (input: TrainingModuleInput) =>
    call<TrainingModule>('save_training_module', { input }),
  publishVersion: (changeNote: string) =>
    call<PlaybookVersionSummary>('publish_version', { changeNote }),
  listVersions: () => call<PlaybookVersionSummary[]>('list_versions'),
  getVersion: (id: string) => call<PlaybookVersion>('get_version', { id }),
  exportManual: (versionId: string | null) => call<string | null>('export_manual', { versionId }),

  getTeam: () => call<Person[]>('get_team'),
  savePerson: (input: PersonInput) => call<Person>('save_person', { input }),
  currentUser: () => call<Person | null>('current_user'),
  setCurrentUser: (personId: string) => call<Person>('set_current_user', { personId }),

  listRoles: () => call<RoleProfile[]>('list_roles'),
  saveRole: (input: RoleInput) => call<RoleProfile>('save_role', { input }),
  removeRole: (id: string) => call<RoleRemoval>('remove_role', { id }),
  restoreRole: (id: string) => call<RoleProfile>('restore_role', { id }),
  saveAttribute: (input: AttributeInput) => call<RoleAttribute>('save_attribute', { input }),
  deleteAttribute: (id: string) => call<RoleProfile>('delete_attribute', { id }),
  moveAttribute: (id: string, toIndex: number) => call<RoleProfile>('move_attribute', { id, toIndex }),
  suggestedAttributes: () => call<AttributeSuggestion[]>('suggested_attributes'),
  listCandidates: (roleId: string) => call<Candidate[]>('list_candidates', { roleId }),
  saveCandidate: (input: CandidateInput) => call<Candidate>('save_candidate', { input }),
  setCandidateStatus: (id: string, status: CandidateStatus) =>
    call<Candidate>('set_candidate_status', { id, status }),
  hire: (input: HireInput) => call<Person>('hire', { input }),
  listScorecards: (candidateId: string) => call<Scorecard[]>('list_scorecards', { candidateId }),
  newScorecard: (input: NewScorecard) => call<Scorecard>('new_scorecard', { input }),
  updateScorecard: (input: ScorecardInput) => call<Scorecard>('update_scorecard', { input }),
  submitScorecard: (id: string) => call<Scorecard>('submit_scorecard', { id }),
  amendScorecard: (input: AmendmentInput) => call<Scorecard>('amend_scorecard', { input }),
  compareCandidates: (roleId: string) => call<RoleComparison>('compare_candidates', { roleId }),
  exportInterviewKit: (roleId: string) => call<string | null>('export_interview_kit', { roleId }),
  exportCandidateSummary: (candidateId: string) =>
    call<string | null>('export_candidate_summary', { candidateId }),

  listPlans: (repId: string | null) => call<PlanSummary[]>('list_plans', { repId }),
  getPlan: (id: string) => call<Plan>('get_plan', { id }),
  createPlan: (input: NewPlan) => call<Plan>('create_plan', { input }),
  savePlanSection: (planId: string, section: PlanSection) =>
    call<Plan>('save_plan_section', { planId, section }),
  submitPlan: (id: string) => call<Plan>('submit_plan', { id }),
  returnPlan: (id: string, comment: string) => call<Plan>('return_plan', { id, comment }),
  approvePlan: (id: string) => call<Plan>('approve_plan', { id }),
  setActual: (cell: ActualCell) => call<void>('set_actual', { cell }),
  setActivityCount: (count: ActivityCount) => call<void>('set_activity_count', { count }),
  getActuals: (repId: string, from: string, to: string) =>
    call<Actuals>('get_actuals', { repId, from, to }),
  planFigures: (planId: string, asOf: string) => call<PlanFigures>('plan_figures', { planId, asOf }),
  teamFigures: (asOf: string) => call<PlanFigures[]>('team_figures', { asOf }),
  repFigures: (repId: string, asOf: string) => call<PlanFigures | null>('rep_figures', { repId, asOf }),
  chooseCsv: () => call<CsvPreview | null>('choose_csv'),
  previewChosenCsv: (encoding: string) => call<CsvPreview>('preview_chosen_csv', { encoding }),
  importActuals: (input: RevenueImport, dryRun: boolean) =>
    call<ImportReport>('import_actuals', { import: input, dryRun }),
  importActivities: (input: ActivityImport, dryRun: boolean) =>
    call<ImportReport>('import_activities', { import: input, dryRun }),
  /** Every account, or with `ownerId` the ones that person may plan (theirs and unassigned). */
  listAccounts: (ownerId: string | null = null) => call<Account[]>('list_accounts', { ownerId }),
  saveAccount: (input: AccountInput) => call<Account>('save_account', { input }),
  getAccountPlan: (id: string) => call<AccountPlan>('get_account_plan', { id }),
  listAccountPlans: (repId: string | null, quarter: string | null) =>
    call<AccountPlan[]>('list_account_plans', { repId, quarter }),
  createAccountPlan: (input: NewAccountPlan) => call<AccountPlan>('create_account_plan', { input }),
  saveAccountPlan: (input: AccountPlanInput) => call<AccountPlan>('save_account_plan', { input }),
  copyAccountPlanForward: (id: string) => call<AccountPlan>('copy_account_plan_forward', { id }),
  nextSteps: (repId: string | null, today: string, limit: number) =>
    call<NextSteps>('next_steps', { repId, today, limit }),
  accountRollUp: (repId: string, quarter: string) => call<RollUp>('account_roll_up', { repId, quarter }),
  exportAccountPlan: (id: string) => call<string | null>('export_account_plan', { id }),
  exportRepAccountPlans: (repId: string, quarter: string) =>
    call<string | null>('export_rep_account_plans', { repId, quarter }),
  getReview: (repId: string, quarter: string) => call<Review>('get_review', { repId, quarter }),
  listReviews: (quarter: string) => call<Review[]>('list_reviews', { quarter }),
  saveReview: (input: ReviewInput) => call<Review>('save_review', { input }),
  holdReview: (id: string) => call<Review>('hold_review', { id }),
  agreeReview: (id: string, agreementDate: string) => call<Review>('agree_review', { id, agreementDate }),
  amendReview: (id: string, text: string) => call<Review>('amend_review', { id, text }),
  exportPacket: (repId: string | null, quarter: string, today: string, open: boolean) =>
    call<string | null>('export_packet', { repId, quarter, today, open }),
  getPrintSettings: () => call<PrintSettings>('get_print_settings'),
  setPrintSettings: (input: PrintSettings) => call<PrintSettings>('set_print_settings', { input }),
  exportPlan: (planId: string, asOf: string) => call<string | null>('export_plan', { planId, asOf }),
};
