import { compact, heater, percent, positive, seconds, text, type Gadget, type Light, type PrinterModel, type PrinterState, type Webcam, type Webcams } from '../printer/model';
import type { GadgetStatus, ListWebcams, StatusResult } from './plugin-status-schema';

/** The plugin's states (docs list them lower case, `warmingup` in one word); others are unknown. */
const STATES: Record<string, PrinterState> = {
  idle: 'idle',
  warmingup: 'warming up',
  printing: 'printing',
  paused: 'paused',
  resuming: 'resuming',
  complete: 'complete',
  cancelled: 'cancelled',
  canceled: 'cancelled',
  error: 'error',
};

function state(raw: string | null): { state: PrinterState; rawState?: string } {
  const key = (raw ?? '').toLowerCase().replace(/[\s_-]/g, '');
  const known = STATES[key];
  return known ? { state: known } : compact({ state: 'unknown' as const, rawState: text(raw) });
}

/** Longer than any print: the plugin's "never scored" default is the time since 1970. */
const NEVER_SCORED_SEC = 30 * 24 * 3600;

function gadget(g: GadgetStatus): Gadget {
  const history = (g.ScoreHistory ?? []).filter((s): s is number => typeof s === 'number' && Number.isFinite(s));
  const since = seconds(g.TimeSinceLastScoreSec);
  // LastScore defaults to 0.0 before the first score: only a score that happened counts.
  const scored = history.length > 0 || (since !== undefined && since < NEVER_SCORED_SEC) || (g.LastScore !== null && g.LastScore !== 0);
  return compact({
    lastScore: scored && g.LastScore !== null && Number.isFinite(g.LastScore) ? g.LastScore : undefined,
    scoreHistory: history,
    secondsSinceLastScore: scored && since !== undefined && since < NEVER_SCORED_SEC ? since : undefined,
    intervalSec: positive(g.IntervalSec),
    suppressed: g.IsSuppressed === true,
    secondsSinceLastWarn: seconds(g.TimeSinceLastWarnSec),
    secondsSinceLastPause: seconds(g.TimeSinceLastPauseSec),
  });
}

const ROTATIONS = [0, 90, 180, 270] as const;

function rotation(value: number | null): Webcam['rotation'] {
  const degrees = value === null ? 0 : ((Math.round(value) % 360) + 360) % 360;
  return ROTATIONS.find((r) => r === degrees) ?? 0;
}

/** The webcam list; `ListWebcams: {}` (the plugin could not list them) reads as unknown. */
export function mapWebcams(raw: ListWebcams | null): Webcams | undefined {
  if (!raw || raw.Webcams === null) return undefined;
  const list: Webcam[] = [];
  raw.Webcams.forEach((cam, index) => {
    if (!cam) return;
    // Display transforms default to none and a listed webcam to enabled: the safe readings.
    list.push(compact({ index, name: text(cam.Name), flipH: cam.FlipH === true, flipV: cam.FlipV === true, rotation: rotation(cam.Rotation), enabled: cam.Enabled !== false }));
  });
  const wanted = raw.DefaultIndex;
  const defaultIndex = wanted !== null && Number.isInteger(wanted) && wanted >= 0 && wanted < list.length ? wanted : 0;
  return { defaultIndex, list };
}

function lights(raw: StatusResult['JobStatus']['Lights']): Light[] | undefined {
  if (!raw) return undefined;
  return raw.flatMap((l) => (l && text(l.Name) ? [compact({ name: l.Name.trim(), on: l.On ?? undefined })] : []));
}

const integer = (n: number | null): number | undefined => (n !== null && Number.isInteger(n) && n >= 0 ? n : undefined);
/** Bambu answers "0.0.0" when it does not know its version. */
const version = (raw: string | null): string | undefined => (text(raw) === '0.0.0' ? undefined : text(raw));
/** The plugin's print id reads "none" until a print started. */
const printId = (raw: string | null): string | undefined => (text(raw)?.toLowerCase() === 'none' ? undefined : text(raw));

/** The status `Result` mapped into the printer model. */
export function mapPluginStatus(result: StatusResult): PrinterModel {
  const job = result.JobStatus;
  const print = job.CurrentPrint;
  const t = print?.Temps;
  const totalLayers = positive(print?.TotalLayers);
  const currentLayer = integer(print?.CurrentLayer ?? null);
  const oe = result.OctoEverywhereStatus;
  return compact({
    source: 'plugin' as const,
    ...state(job.State),
    subState: text(job.SubState),
    errorText: text(job.Error),
    progress: percent(print?.Progress),
    elapsedSec: seconds(print?.DurationSec),
    timeLeftSec: seconds(print?.TimeLeftSec),
    fileName: text(print?.FileName),
    // Layer 0 of an unknown total is no information.
    currentLayer: currentLayer === 0 && totalLayers === undefined ? undefined : currentLayer,
    totalLayers,
    filamentMm: positive(print?.EstTotalFilUsedMm),
    filamentMg: positive(print?.EstTotalFilWeightMg),
    temperatures: compact({
      hotend: heater(t?.HotendActual, t?.HotendTarget),
      bed: heater(t?.BedActual, t?.BedTarget),
      chamber: heater(t?.ChamberActual, t?.ChamberTarget),
    }),
    lights: lights(job.Lights),
    gadget: oe?.Gadget ? gadget(oe.Gadget) : undefined,
    printId: printId(oe?.MostRecentPrintIdStr ?? null),
    webcams: mapWebcams(result.ListWebcams),
    features: integer(result.Features),
    platformVersion: version(result.PlatformVersion),
  });
}
