/**
 * `npm run bench`: builds the dashboard into dist-bench, serves it with the stub OctoEverywhere,
 * and times it in headless Chromium. Prints a table, writes bench/results/latest.json.
 * Knobs: BENCH_RUNS (timed runs per figure, default 10), BENCH_MEMORY_RUNS (default 3),
 * BENCH_CYCLES (connect-and-cancel cycles per memory run, default 50), BENCH_STUB_PORT, BENCH_APP_PORT,
 * BENCH_ONLY=callback (only the callback page, its floor and its bytes: seconds; writes no results file).
 */
import { chromium, type Browser, type BrowserContext } from '@playwright/test';
import { mkdir, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { stubControl } from '../e2e/stub/client.ts';
import { CHROMIUM_ARGS, browserForThisRun } from '../e2e/support/chromium.ts';
import { firstLoadJs } from '../scripts/first-load.ts';
import { DEFAULTS as CONFIG_DEFAULTS } from '../src/config-schema.ts';
import { measureCallbackFloor } from './callback-floor.ts';
import { coldStartRun, seedContext, type ColdStartSample } from './cold-start.ts';
import { measureCompletion } from './completion.ts';
import { callbackBytesRow, callbackPhases, callbackRows, goalRows, webcamRows } from './goals.ts';
import { measurePolling } from './polling.ts';
import { newContext } from './context.ts';
import { measureIdb } from './idb.ts';
import { machineInfo } from './machine.ts';
import { measureMemory } from './memory.ts';
import { measureLiveView, measureWebcamMemory } from './webcam.ts';
import { createConnections } from './seed.ts';
import { startServers } from './servers.ts';
import { summarize } from './stats.ts';
import { formatTable, pairRow, row } from './table.ts';

const root = resolve(import.meta.dirname, '..');
const envInt = (name: string, fallback: number) => {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive integer`);
  return value;
};
const RUNS = envInt('BENCH_RUNS', 10);
const MEMORY_RUNS = envInt('BENCH_MEMORY_RUNS', 3);
const CYCLES = envInt('BENCH_CYCLES', 50);
/** Runs done first and thrown away: the first page of a kind pays for compiling and caching. */
const WARMUP = 1;
const SIZES = [1, 100, 500] as const;
/** A hung browser must not hold the machine: well above the ~5 minutes a run takes. */
const WATCHDOG_MS = 12 * 60_000;
/** The stub's delay on every App API and relay request in the 500-printer run (goal 2). */
const POLL_DELAY_MS = 300;
const OUT_DIR = 'dist-bench';
const ONLY = process.env.BENCH_ONLY;
if (ONLY !== undefined && ONLY !== 'callback') throw new Error('BENCH_ONLY must be "callback" or unset');

const log = (message: string) => console.error(`bench: ${message}`);
const timed = <T>(samples: T[]) => samples.slice(WARMUP);

async function main(): Promise<void> {
  const started = performance.now();
  const watchdog = setTimeout(() => {
    log(`still running after ${WATCHDOG_MS / 60_000} minutes, giving up`);
    process.exit(1);
  }, WATCHDOG_MS);
  watchdog.unref();

  log('building dist-bench and starting the stub and vite preview');
  const servers = await startServers({
    root,
    stubPort: envInt('BENCH_STUB_PORT', 4320),
    appPort: envInt('BENCH_APP_PORT', 4193),
    outDir: OUT_DIR,
  });
  const { appOrigin, stubOrigin } = servers;
  const { executablePath } = await browserForThisRun();
  const browser = await chromium
    .launch({ headless: true, args: [...CHROMIUM_ARGS, '--enable-precise-memory-info'], ...(executablePath ? { executablePath } : {}) })
    .catch(async (error: unknown) => {
      await servers.close();
      throw error;
    });
  try {
    if (ONLY === 'callback') return await callbackOnly(browser, appOrigin, stubOrigin);
    log(`completion latency (${WARMUP} + ${RUNS} runs)`);
    const completion = timed(await measureCompletion(browser, appOrigin, stubOrigin, WARMUP + RUNS));
    // Twice the runs: a run takes well under a second, and the figures are a few ms apart.
    log(`callback page and its floor (${WARMUP} + ${2 * RUNS} runs, alternating)`);
    const callbackFloor = timed(await measureCallbackFloor(browser, appOrigin, stubOrigin, WARMUP + 2 * RUNS));

    log('creating 500 connections in the stub');
    await stubControl(stubOrigin).reset();
    const pool = await createConnections(stubOrigin, 500);

    // One context per size, seeded once; runs alternate between sizes so that load from other
    // processes on the machine falls on every size alike and the 500 : 1 ratio stays fair.
    const contexts = new Map<number, BrowserContext>();
    const cold = new Map<number, ColdStartSample[]>(SIZES.map((n) => [n, []]));
    let idb;
    try {
      for (const n of SIZES) {
        const context = await newContext(browser);
        contexts.set(n, context);
        await seedContext(context, appOrigin, pool.slice(0, n));
      }
      log(`cold start with ${SIZES.join(', ')} connections (${WARMUP} + ${RUNS} runs each, interleaved)`);
      for (let run = 0; run < WARMUP + RUNS; run += 1) {
        for (const n of SIZES) cold.get(n)!.push(await coldStartRun(contexts.get(n)!, appOrigin, n));
      }
      log(`IndexedDB read and write (${WARMUP} + ${RUNS} runs)`);
      const raw = await measureIdb(contexts.get(500)!, appOrigin, WARMUP + RUNS, 500);
      idb = { readMs: timed(raw.readMs), writeMs: timed(raw.writeMs), records: raw.records };
    } finally {
      for (const context of contexts.values()) await context.close();
    }

    const intervalMs = Number(process.env.VITE_OE_POLL_INTERVAL_MS || CONFIG_DEFAULTS.VITE_OE_POLL_INTERVAL_MS);
    log(`500 printers, ${POLL_DELAY_MS} ms a request, one page left open for ${(2 * intervalMs + 15_000) / 1000} s`);
    const polling = await measurePolling(browser, appOrigin, stubOrigin, pool, { intervalMs, delayMs: POLL_DELAY_MS });

    // Before the memory runs, which reset the stub (and its connections).
    log('webcam: 200 snapshot refreshes on 10 cards, then Live view of a 30 fps stream');
    const webcamMemory = await measureWebcamMemory(browser, appOrigin, stubOrigin, pool.slice(0, 10));
    const liveView = await measureLiveView(browser, appOrigin, stubOrigin, pool[0]!);

    log(`memory (${MEMORY_RUNS} runs of ${CYCLES} connect-and-cancel cycles)`);
    const memory = [];
    for (let i = 0; i < MEMORY_RUNS; i += 1) memory.push(await measureMemory(browser, appOrigin, stubOrigin, CYCLES));


    const coldSummary = Object.fromEntries(
      SIZES.map((n) => {
        const c = timed(cold.get(n)!);
        const of = (key: keyof ColdStartSample) => summarize(c.map((sample) => sample[key]));
        return [n, { firstScreenMs: of('firstScreenMs'), cardsMs: of('cardsMs'), shellMs: of('shellMs'), decryptedMs: of('decryptedMs') }];
      }),
    );
    // A rendered list is what a person sees: the first screenful of cards (and the total in the heading).
    const ratio = coldSummary[500]!.firstScreenMs.median / coldSummary[1]!.firstScreenMs.median;
    const allRatio = coldSummary[500]!.cardsMs.median / coldSummary[1]!.cardsMs.median;
    const heap = {
      beforeMB: summarize(memory.map((m) => m.beforeMB)),
      afterFirstCycleMB: summarize(memory.map((m) => m.afterFirstMB)),
      afterMB: summarize(memory.map((m) => m.afterMB)),
      growthMB: summarize(memory.map((m) => m.afterMB - m.beforeMB)),
    };
    const built = resolve(root, OUT_DIR);
    const bytes = { dashboard: firstLoadJs(built, 'index.html'), callback: firstLoadJs(built, 'callback.html') };
    const callbackMs = summarize(callbackFloor.map((s) => s.realMs));
    const floorMs = summarize(callbackFloor.map((s) => s.floorMs));
    const cardAfterMessageMs = summarize(completion.map((s) => s.cardAfterMessageMs));
    const results = {
      machine: machineInfo(browser.version()),
      config: { runs: RUNS, warmupRunsDropped: WARMUP, memoryRuns: MEMORY_RUNS, cyclesPerMemoryRun: CYCLES, appOrigin, stubOrigin },
      completionLatencyMs: summarize(completion.map((s) => s.latencyMs)),
      completionDetail: {
        /** How long after the portal request reached the stub the callback's own fetch began. */
        callbackFetchAfterPortalRequestMs: summarize(completion.map((s) => s.afterPortalRequestMs)),
        redirectCounts: completion.map((s) => s.redirectCount),
        callbackFetchStartMs: completion.map((s) => s.fetchStartMs),
        callbackRedirectEndMs: completion.map((s) => s.redirectEndMs),
      },
      coldStart: coldSummary,
      coldStartRatio500to1: Math.round(ratio * 100) / 100,
      allCardsRatio500to1: Math.round(allRatio * 100) / 100,
      indexedDb: { records: idb.records, read500Ms: summarize(idb.readMs), write1Ms: summarize(idb.writeMs) },
      memory: { ...heap, samples: memory },
      callbackPage: { callbackMs, floorMs, ratio: Math.round((callbackMs.median / floorMs.median) * 100) / 100 },
      cardAfterMessageMs,
      polling,
      firstLoadBytes: { dashboard: bytes.dashboard, callback: bytes.callback },
      webcam: { memory: webcamMemory, liveView },
      totalSeconds: 0,
    };
    results.totalSeconds = Math.round((performance.now() - started) / 100) / 10;

    const table = formatTable([
      row('completion latency (ms)', results.completionLatencyMs),
      ...SIZES.map((n) => row(`cold start, ${n} connection${n === 1 ? '' : 's'} (ms)`, coldSummary[n]!.firstScreenMs)),
      { label: 'cold start ratio 500 : 1', median: ratio.toFixed(2), spread: '(of medians)', runs: '', goal: '≤ 3' },
      row('all 500 printers usable (ms)', coldSummary[500]!.cardsMs),
      row('IndexedDB read 500 records (ms)', results.indexedDb.read500Ms, 2),
      row('IndexedDB write 1 record (ms)', results.indexedDb.write1Ms, 2),
      pairRow(`JS heap before / after ${CYCLES} cycles (MB)`, heap.beforeMB, heap.afterMB),
      row(`JS heap growth over ${CYCLES} cycles (MB)`, heap.growthMB, 2),
      ...goalRows({ callbackMs, floorMs, cardAfterMessageMs, allCardsRatio: allRatio, polling, bytes }),
      ...webcamRows(webcamMemory, liveView),
    ]);
    const m = results.machine;
    console.log(table);
    console.log('\ncold start, medians (ms): shell in the DOM / last secret decrypted / first screen / all printers usable (every card, or the compact list of all)');
    for (const n of SIZES) {
      const c = coldSummary[n]!;
      const cells = [c.shellMs, c.decryptedMs, c.firstScreenMs, c.cardsMs].map((s) => s.median.toFixed(1));
      console.log(`  ${String(n).padStart(3)}: ${cells.join(' / ')}`);
    }
    const pre = polling.preflightsPerInterval.toFixed(2);
    console.log(callbackPhases(callbackFloor));
    console.log(`500 printers: ${pre} CORS preflights per printer per interval besides the requests; ${polling.unchecked} never checked; ${polling.printerIdRequests} printer-id questions (once per OctoPrint connection and page load, outside the checks)`);
    console.log(`${m.cpu}, ${m.cores} cores, ${m.totalMemoryGB} GB, Node ${m.node}, Chromium ${m.chromium}; ${results.totalSeconds} s`);

    await mkdir(resolve(root, 'bench/results'), { recursive: true });
    await writeFile(resolve(root, 'bench/results/latest.json'), `${JSON.stringify(results, null, 2)}\n`);
    log('wrote bench/results/latest.json');
  } finally {
    await browser.close();
    await servers.close();
  }
}

/** BENCH_ONLY=callback: the callback page against its floor, and its bytes, nothing else. */
async function callbackOnly(browser: Browser, appOrigin: string, stubOrigin: string): Promise<void> {
  log(`callback page and its floor (${WARMUP} + ${2 * RUNS} runs, alternating)`);
  const samples = timed(await measureCallbackFloor(browser, appOrigin, stubOrigin, WARMUP + 2 * RUNS));
  const callbackMs = summarize(samples.map((s) => s.realMs));
  const floorMs = summarize(samples.map((s) => s.floorMs));
  const callback = firstLoadJs(resolve(root, OUT_DIR), 'callback.html');
  console.log(formatTable([...callbackRows(callbackMs, floorMs), callbackBytesRow(callback)]));
  console.log(callbackPhases(samples));
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
