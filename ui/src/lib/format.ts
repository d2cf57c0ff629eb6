import type {
  AttributeGroup,
  CandidateStatus,
  KpiPeriod,
  KpiUnit,
  PersonRole,
  Recommendation,
  TestMethod,
  TrainingArea,
} from './bindings';

export const trainingAreas: { area: TrainingArea; title: string; hint: string }[] = [
  { area: 'process', title: 'The sales process', hint: 'Every stage and what to do in it.' },
  {
    area: 'activities',
    title: 'Activities that drive it',
    hint: 'Qualifying, quoting, closing.',
  },
  {
    area: 'fundamentals',
    title: 'Fundamentals practised weekly',
    hint: 'Planning, questioning, listening, objection handling, presenting, follow-up.',
  },
  { area: 'attitude', title: 'Attitude and behaviour', hint: 'How we show up, every day.' },
];

export const kpiUnits: { unit: KpiUnit; label: string }[] = [
  { unit: 'count', label: 'Count' },
  { unit: 'percent', label: 'Percent' },
  { unit: 'currency', label: 'Money' },
  { unit: 'days', label: 'Days' },
];

export const kpiPeriods: { period: KpiPeriod; label: string }[] = [
  { period: 'week', label: 'per week' },
  { period: 'month', label: 'per month' },
  { period: 'quarter', label: 'per quarter' },
  { period: 'year', label: 'per year' },
];

export function formatDate(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleDateString(undefined, { day: 'numeric', month: 'long', year: 'numeric' });
}

export const personRoles: { role: PersonRole; label: string }[] = [
  { role: 'owner', label: 'Owner' },
  { role: 'manager', label: 'Manager' },
  { role: 'rep', label: 'Rep' },
];

export const attributeGroups: { group: AttributeGroup; title: string; hint: string }[] = [
  { group: 'skill', title: 'Skills', hint: 'What the person can do: qualify, present, close.' },
  { group: 'knowledge', title: 'Knowledge', hint: 'What the person knows: the process, the market.' },
  { group: 'attitude', title: 'Attitudes', hint: 'How the person works: persistence, coachability.' },
];

export const testMethods: { method: TestMethod; label: string }[] = [
  { method: 'interview_question', label: 'Interview question' },
  { method: 'role_play', label: 'Role-play' },
  { method: 'exercise', label: 'Exercise' },
];

export const candidateStatuses: { status: CandidateStatus; label: string }[] = [
  { status: 'applied', label: 'Applied' },
  { status: 'interviewing', label: 'Interviewing' },
  { status: 'offer', label: 'Offer' },
  { status: 'hired', label: 'Hired' },
  { status: 'declined', label: 'Declined' },
];

/** The fixed rating scale; null is "not assessed". */
export const ratingScale: { value: number | null; label: string; short: string }[] = [
  { value: 1, label: 'Strong no', short: '1' },
  { value: 2, label: 'No', short: '2' },
  { value: 3, label: 'Yes', short: '3' },
  { value: 4, label: 'Strong yes', short: '4' },
  { value: null, label: 'Not assessed', short: 'N/A' },
];

export const recommendations: { value: Recommendation; label: string }[] = [
  { value: 'strong_no', label: 'Strong no' },
  { value: 'no', label: 'No' },
  { value: 'yes', label: 'Yes' },
  { value: 'strong_yes', label: 'Strong yes' },
];

export function recommendationLabel(value: Recommendation | null): string {
  return recommendations.find((r) => r.value === value)?.label ?? 'None yet';
}

export function todayIso(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** 0.873 → "87 %"; null → "—". */
export function percent(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : `${Math.round(value * 100)} %`;
}

/** Ahead, close or behind for a ratio where 1 is on target. */
export function standing(value: number | null | undefined): 'ahead' | 'close' | 'behind' | 'none' {
  if (value === null || value === undefined) return 'none';
  if (value >= 1) return 'ahead';
  if (value >= 0.9) return 'close';
  return 'behind';
}

/**
 * Reads a number typed or pasted the way spreadsheets write it:
 * "1,234.50", "1.234,50", "1234", "-200", "€ 300". Null when it is not one.
 */
export function parseNumber(text: string): number | null {
  let t = text.replace(/[\s\u00a0\u202f€$£]/g, '');
  if (t === '') return 0;
  const negative = /^\(.*\)$/.test(t) || t.startsWith('-');
  t = t.replace(/^[(-]|\)$/g, '');
  const lastComma = t.lastIndexOf(',');
  const lastPoint = t.lastIndexOf('.');
  if (lastComma > lastPoint) {
    // Comma is the decimal mark when it is followed by 1–2 digits.
    t = /,\d{1,2}$/.test(t) ? t.replace(/\./g, '').replace(',', '.') : t.replace(/,/g, '');
  } else if (lastComma === -1 && /^\d{1,3}(\.\d{3})+$/.test(t)) {
    // "8.000" or "1.234.567": points grouping thousands (money has no
    // third decimal).
    t = t.replace(/\./g, '');
  } else {
    t = t.replace(/,/g, '');
  }
  if (!/^\d+(\.\d+)?$/.test(t)) return null;
  const n = Number(t);
  return negative ? -n : n;
}

/** Splits text copied from a spreadsheet into rows of cells. */
export function parseClipboard(text: string): string[][] {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/\n$/, '')
    .split('\n')
    .map((line) => line.split('\t'));
}

/** The quarter of a date, as "2026Q4". */
export function quarterOf(iso: string): string {
  const [year, month] = iso.split('-').map(Number);
  return `${year}Q${Math.floor((month - 1) / 3) + 1}`;
}
