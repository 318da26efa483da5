/**
 * The goals, each beside the figure that answers it (and its floor where it has one).
 * Ratios are of medians measured side by side in the same run, so they hold on a noisy machine.
 */
import type { FirstLoad } from '../scripts/first-load.ts';
import type { PollingResult } from './polling.ts';
import type { LiveViewResult, WebcamMemoryResult } from './webcam.ts';
import type { CallbackFloorSample, WindowTimes } from './callback-floor.ts';
import { summarize, type Summary } from './stats.ts';
import { goal, row, single, type Row } from './table.ts';

export const GOALS = {
  callbackToFloor: 1.3,
  cardAfterMessageMs: 16,
  allCardsRatio: 1.5,
  longestGapMs: 60_000,
  dashboardBytes: 16_000,
  callbackBytes: 4_000,
} as const;

export interface GoalInput {
  callbackMs: Summary;
  floorMs: Summary;
  cardAfterMessageMs: Summary;
  allCardsRatio: number;
  polling: PollingResult;
  bytes: { dashboard: FirstLoad; callback: FirstLoad };
}

const kB = (load: FirstLoad) => load.total / 1000;

/** The callback page against its floor (goal 3). */
export function callbackRows(callbackMs: Summary, floorMs: Summary): Row[] {
  const ratio = callbackMs.median / floorMs.median;
  return [
    row('callback page, fetch to message (ms)', callbackMs, 1, `≤ ${GOALS.callbackToFloor} × floor = ${(GOALS.callbackToFloor * floorMs.median).toFixed(1)}`),
    row('  floor page: IndexedDB write + message (ms)', floorMs, 1, '(the floor)'),
    { label: '  callback : floor', median: ratio.toFixed(2), spread: '(of medians)', runs: '', goal: goal(`≤ ${GOALS.callbackToFloor}`, ratio <= GOALS.callbackToFloor) },
  ];
}

/** Where the callback page's time goes beside the floor's: medians from fetch start. */
export function callbackPhases(samples: CallbackFloorSample[]): string {
  const median = (pick: (s: CallbackFloorSample) => number) => summarize(samples.map(pick)).median.toFixed(1);
  const pair = (key: keyof WindowTimes) => `${median((s) => s.real[key])} / ${median((s) => s.floor[key])}`;
  return `callback page / floor, medians from fetch start (ms): document received ${pair('responseEndMs')}; parsed, script starts ${pair('parsedMs')}; message ${pair('messageMs')}`;
}

export const callbackBytesRow = (callback: FirstLoad): Row =>
  single('callback JS before interactive (kB gz)', kB(callback), 2, goal(`≤ ${GOALS.callbackBytes / 1000}`, callback.total <= GOALS.callbackBytes));

export function goalRows(g: GoalInput): Row[] {
  const p = g.polling;
  const s = (ms: number) => ms / 1000;
  return [
    ...callbackRows(g.callbackMs, g.floorMs),
    row('new card after the message (ms)', g.cardAfterMessageMs, 1, goal(`≤ ${GOALS.cardAfterMessageMs} (one frame)`, g.cardAfterMessageMs.median <= GOALS.cardAfterMessageMs)),
    { label: 'all printers usable, 500 : 1', median: g.allCardsRatio.toFixed(2), spread: '(of medians)', runs: '', goal: goal(`≤ ${GOALS.allCardsRatio}`, g.allCardsRatio <= GOALS.allCardsRatio) },
    single(`${p.connections} printers, ${p.delayMs} ms a request: longest unchecked (s)`, s(p.longestGapMs), 1, goal(`≤ ${s(GOALS.longestGapMs)}`, p.longestGapMs <= GOALS.longestGapMs)),
    single('  every printer checked once by (s)', s(p.firstPassMs), 1, goal(`≤ ${s(p.intervalMs)} (the interval)`, p.firstPassMs <= p.intervalMs)),
    single('  shortest gap between two checks (s)', s(p.shortestGapMs), 1, goal(`≥ ${s(p.intervalMs)} (the interval)`, p.shortestGapMs >= p.intervalMs)),
    single('  requests per printer in the 2nd interval', p.requestsPerInterval, 2, goal('≤ 1.1 (one request a check)', p.requestsPerInterval <= 1.1)),
    single('  requests per check, on average', p.requestsPerCheck, 2, '(the first asks the info API too)'),
    single('dashboard JS before interactive (kB gz)', kB(g.bytes.dashboard), 2, goal(`≤ ${GOALS.dashboardBytes / 1000}`, g.bytes.dashboard.total <= GOALS.dashboardBytes)),
    callbackBytesRow(g.bytes.callback),
  ];
}

/** After the first, middle and last round of refreshes: flat means no picture is kept past its use. */
export function webcamRows(memory: WebcamMemoryResult, live: LiveViewResult): Row[] {
  const picks = [0, Math.floor(memory.heapMB.length / 2) - 1, memory.heapMB.length - 1];
  const rounds = picks.map((i) => i + 1).join(' / ');
  const at = (values: number[], digits: number) => picks.map((i) => (values[i] ?? NaN).toFixed(digits)).join(' / ');
  const urlsFlat = memory.liveObjectUrls.every((n) => n === memory.cards);
  return [
    { label: `webcam, ${memory.cards} cards: JS heap after round ${rounds} (MB)`, median: at(memory.heapMB, 2), spread: `(${memory.refreshes} refreshes)`, runs: '1', goal: '' },
    {
      label: `  object URLs alive after round ${rounds}`,
      median: at(memory.liveObjectUrls, 0),
      spread: '(one run)',
      runs: '1',
      goal: goal(`= ${memory.cards} (one per card)`, urlsFlat),
    },
    single(`Live view of a ${live.streamFps} fps stream (frames/s shown)`, live.framesPerSecond, 1, `(the stream sends ${live.streamFps})`),
  ];
}
