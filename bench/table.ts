/** The printed table: one row per figure, median and p10–p90 spread. */
import type { Summary } from './stats.ts';

export interface Row {
  label: string;
  median: string;
  spread: string;
  runs: string;
}

const num = (n: number, digits: number) => n.toFixed(digits);

export function row(label: string, s: Summary, digits = 1): Row {
  return { label, median: num(s.median, digits), spread: `${num(s.p10, digits)}–${num(s.p90, digits)}`, runs: String(s.runs) };
}

/** Two figures in one row ("before / after"). */
export function pairRow(label: string, a: Summary, b: Summary, digits = 2): Row {
  return {
    label,
    median: `${num(a.median, digits)} / ${num(b.median, digits)}`,
    spread: `${num(a.p10, digits)}–${num(a.p90, digits)} / ${num(b.p10, digits)}–${num(b.p90, digits)}`,
    runs: String(a.runs),
  };
}

export function formatTable(rows: Row[]): string {
  const header: Row = { label: 'measure', median: 'median', spread: 'spread (p10–p90)', runs: 'runs' };
  const all = [header, ...rows];
  const w = (key: keyof Row) => Math.max(...all.map((r) => r[key].length));
  const [wl, wm, ws] = [w('label'), w('median'), w('spread')];
  return all
    .map((r) => `${r.label.padEnd(wl)}   ${r.median.padStart(wm)}   ${r.spread.padEnd(ws)}   ${r.runs}`)
    .join('\n');
}
