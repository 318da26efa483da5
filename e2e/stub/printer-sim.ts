// The print simulation: platform defaults, starting a print, and time that moves only when stepped.
import type { Platform, PrinterPatch, PrinterSimState, SimGadget, SimHeater, SimPrinter, StartPrint } from './printer-types';
import type { SimulatedOctoPrint } from './types';

const AMBIENT_C = 22;
/** °C per second towards the target (heat) or towards the room (cool). */
const RATES = { hotend: { heat: 3, cool: 1 }, bed: { heat: 1, cool: 0.25 }, chamber: { heat: 0.1, cool: 0.05 } };
/** Warming up ends when every heater is this close to its target. */
const AT_TARGET_C = 2;
/** The plugin's "never scored" reading: the time since 1970. */
const NEVER_SCORED_SEC = 1_700_000_000;

/** What differs between platforms (the stub's choices, within what the docs allow). */
const PLATFORM_DEFAULTS: Record<Platform, Pick<SimPrinter, 'features' | 'platformVersion' | 'lights'>> = {
  octoprint: { features: 30, platformVersion: '1.10.2', lights: null },
  'octoprint-old': { features: 30, platformVersion: '1.10.2', lights: null },
  klipper: { features: 31, platformVersion: '1.0.0', lights: [{ Name: 'caselight', On: true }] },
  bambu: { features: 17, platformVersion: '01.08.02.00-X1C', lights: [{ Name: 'chamber', On: false }] },
};

export function freshGadget(): SimGadget {
  return { LastScore: 0, ScoreHistory: [], TimeSinceLastScoreSec: NEVER_SCORED_SEC, IntervalSec: 30, IsSuppressed: false, TimeSinceLastWarnSec: null, TimeSinceLastPauseSec: null };
}

export function defaultPrinter(platform: Platform = 'octoprint'): SimPrinter {
  return {
    platform,
    state: 'idle',
    subState: null,
    errorText: null,
    fileName: null,
    progress: null,
    elapsedSec: null,
    timeLeftSec: null,
    totalLayers: null,
    filamentMm: null,
    filamentMg: null,
    hotend: { actual: 21.5, target: 0 },
    bed: { actual: 22, target: 0 },
    chamber: null,
    webcams: [{ Name: 'Webcam', FlipH: false, FlipV: false, Rotation: 0, Enabled: true }],
    defaultWebcam: 0,
    gadget: freshGadget(),
    printId: 'none',
    ...structuredClone(PLATFORM_DEFAULTS[platform]),
  };
}

export function isActive(state: PrinterSimState): boolean {
  return state === 'warmingup' || state === 'printing' || state === 'paused' || state === 'resuming';
}

/** The layer the progress has reached; null when the total is unknown or nothing printed yet. */
export function currentLayer(p: SimPrinter): number | null {
  if (p.totalLayers === null || p.progress === null || p.state === 'idle' || p.state === 'warmingup') return null;
  // The epsilon keeps float steps (50.0000001 %) on the layer they really are on.
  return Math.min(p.totalLayers, Math.max(1, Math.ceil((p.progress / 100) * p.totalLayers - 1e-6)));
}

let printCount = 0;

export function startPrint(p: SimPrinter, job: StartPrint): void {
  const warmup = job.warmup ?? true;
  Object.assign(p, {
    state: warmup ? 'warmingup' : 'printing',
    subState: null,
    errorText: null,
    fileName: job.fileName,
    progress: 0,
    elapsedSec: 0,
    timeLeftSec: job.durationSec,
    totalLayers: job.layers ?? null,
    filamentMm: job.filamentMm ?? null,
    filamentMg: null,
    printId: `print-${++printCount}`,
  });
  p.hotend.target = job.hotendC ?? 215;
  p.bed.target = job.bedC ?? 60;
  if (!warmup) for (const h of [p.hotend, p.bed]) h.actual = h.target;
  if (p.gadget) p.gadget = { ...freshGadget(), IntervalSec: p.gadget.IntervalSec };
}

function approach(h: SimHeater, dt: number, rate: { heat: number; cool: number }): void {
  const goal = h.target > 0 ? h.target : AMBIENT_C;
  h.actual = h.actual < goal ? Math.min(goal, h.actual + rate.heat * dt) : Math.max(goal, h.actual - rate.cool * dt);
}

function finish(p: SimPrinter): void {
  Object.assign(p, { state: 'complete', subState: null, progress: 100, timeLeftSec: 0 });
  p.hotend.target = 0;
  p.bed.target = 0;
}

function tick(p: SimPrinter, dt: number): void {
  approach(p.hotend, dt, RATES.hotend);
  approach(p.bed, dt, RATES.bed);
  if (p.chamber) approach(p.chamber, dt, RATES.chamber);
  const g = p.gadget;
  if (g) {
    g.TimeSinceLastScoreSec += dt;
    if (g.TimeSinceLastWarnSec !== null) g.TimeSinceLastWarnSec += dt;
    if (g.TimeSinceLastPauseSec !== null) g.TimeSinceLastPauseSec += dt;
  }
  if (p.state === 'resuming') p.state = 'printing';
  if (p.state === 'warmingup') {
    p.elapsedSec = (p.elapsedSec ?? 0) + dt;
    const warm = [p.hotend, p.bed].every((h) => Math.abs(h.actual - h.target) <= AT_TARGET_C);
    if (warm) p.state = 'printing';
    return;
  }
  if (p.state !== 'printing') return;
  p.elapsedSec = (p.elapsedSec ?? 0) + dt;
  if (p.timeLeftSec === null) return;
  const used = Math.min(dt, p.timeLeftSec);
  const progress = p.progress ?? 0;
  if (p.timeLeftSec > 0) p.progress = progress + ((100 - progress) * used) / p.timeLeftSec;
  p.timeLeftSec -= used;
  if (p.timeLeftSec <= 0) finish(p);
}

/** Moves the printer `seconds` forward, in steps of at most one second (deterministic). */
export function advance(p: SimPrinter, seconds: number): void {
  for (let left = seconds; left > 0; left -= 1) tick(p, Math.min(1, left));
}

/** Merges a control patch; a new platform brings its own defaults (features, version, lights) first. */
export function applyPrinterPatch(p: SimPrinter, patch: PrinterPatch): void {
  const { gadget, platform, hotend, bed, chamber, ...rest } = structuredClone(patch);
  if (platform !== undefined && platform !== p.platform) Object.assign(p, { platform, ...structuredClone(PLATFORM_DEFAULTS[platform]) });
  Object.assign(p, rest);
  if (hotend) Object.assign(p.hotend, hotend);
  if (bed) Object.assign(p.bed, bed);
  if (chamber === null) p.chamber = null;
  else if (chamber) p.chamber = { actual: AMBIENT_C, target: 0, ...p.chamber, ...chamber };
  if (gadget === null) p.gadget = null;
  else if (gadget) {
    const base = p.gadget ?? freshGadget();
    // A new score is a new reading: it goes to the front of the history, just now.
    const scored = gadget.LastScore !== undefined && gadget.ScoreHistory === undefined;
    p.gadget = {
      ...base,
      ...(scored ? { ScoreHistory: [gadget.LastScore!, ...base.ScoreHistory], TimeSinceLastScoreSec: 0 } : {}),
      ...gadget,
    };
  }
}

const LEGACY_STATES: Record<SimulatedOctoPrint['state'], PrinterSimState> = {
  Operational: 'idle',
  Printing: 'printing',
  Paused: 'paused',
  Error: 'error',
  Disconnected: 'disconnected',
};

/** The older `octoprint` control patch, kept working: OctoPrint's words onto the simulated printer. */
export function applyLegacyOctoPrint(p: SimPrinter, patch: Partial<SimulatedOctoPrint>): void {
  if (patch.state !== undefined) {
    p.state = LEGACY_STATES[patch.state];
    // As the old simulation did: targets only while a print runs.
    const active = isActive(p.state);
    p.hotend.target = active ? 215 : 0;
    p.bed.target = active ? 60 : 0;
  }
  if (patch.tool0 !== undefined) p.hotend.actual = patch.tool0;
  if (patch.bed !== undefined) p.bed.actual = patch.bed;
  if (patch.completion !== undefined) p.progress = patch.completion;
  if (patch.fileName !== undefined) p.fileName = patch.fileName;
  if (patch.printTimeLeft !== undefined) p.timeLeftSec = patch.printTimeLeft;
}
