import type { KpiPeriod, KpiUnit, TrainingArea } from './bindings';

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
