/** The printed table: one row per figure, median and p10–p90 spread, and the goal beside it. */
import type { Summary } from './stats.ts';

export interface Row {
  label: string;
  median: string;
  spread: string;
  runs: string;
  /** The goal, with its floor where it has one, and whether this run met it. */
  goal: string;
}

const num = (n: number, digits: number) => n.toFixed(digits);

/** "≤ 16: met" / "≤ 16: NOT met" (`met` null: the row has no goal of its own). */
export function goal(text: string, met: boolean | null): string {
  return met === null ? text : `${text}: ${met ? 'met' : 'NOT met'}`;
}

export function row(label: string, s: Summary, digits = 1, goalText = ''): Row {
  return { label, median: num(s.median, digits), spread: `${num(s.p10, digits)}–${num(s.p90, digits)}`, runs: String(s.runs), goal: goalText };
}

/** A figure measured once (no spread). */
export function single(label: string, value: number, digits: number, goalText = ''): Row {
  return { label, median: num(value, digits), spread: '(one run)', runs: '1', goal: goalText };
}

/** Two figures in one row ("before / after"). */
export function pairRow(label: string, a: Summary, b: Summary, digits = 2): Row {
  return {
    label,
    median: `${num(a.median, digits)} / ${num(b.median, digits)}`,
    spread: `${num(a.p10, digits)}–${num(a.p90, digits)} / ${num(b.p10, digits)}–${num(b.p90, digits)}`,
    runs: String(a.runs),
    goal: '',
  };
}

export function formatTable(rows: Row[]): string {
  const header: Row = { label: 'measure', median: 'median', spread: 'spread (p10–p90)', runs: 'runs', goal: 'goal (floor)' };
  const all = [header, ...rows];
  const w = (key: keyof Row) => Math.max(...all.map((r) => r[key].length));
  const [wl, wm, ws, wr] = [w('label'), w('median'), w('spread'), w('runs')];
  return all
    .map((r) => `${r.label.padEnd(wl)}   ${r.median.padStart(wm)}   ${r.spread.padEnd(ws)}   ${r.runs.padEnd(wr)}   ${r.goal}`.trimEnd())
    .join('\n');
}
