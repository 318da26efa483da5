/** The words (and tone) a person reads about a printer. Pure: no DOM, no Preact. */
import { isPrintActive, type Heater, type PrinterModel } from './model';
import type { PrinterProblemKind } from './reading';

/** The same four tones as the connection words: colour is never the only signal. */
export type Tone = 'ok' | 'warn' | 'bad' | 'neutral';

export interface Words {
  text: string;
  tone: Tone;
}

/** "42 %" (floored: a print at 99.6 % is not done). */
export function progressWords(progress: number): string {
  return `${Math.floor(progress)} %`;
}

/** The card's headline: "Printing 42 %", "Idle", "Warming up", "Error: <text>", … */
export function headline(model: Pick<PrinterModel, 'state' | 'progress' | 'errorText' | 'rawState'>): Words {
  switch (model.state) {
    case 'printing':
      return { text: model.progress === undefined ? 'Printing' : `Printing ${progressWords(model.progress)}`, tone: 'ok' };
    case 'warming up':
      return { text: 'Warming up', tone: 'ok' };
    case 'resuming':
      return { text: 'Resuming', tone: 'ok' };
    case 'paused':
      return { text: 'Paused', tone: 'warn' };
    case 'complete':
      return { text: 'Complete', tone: 'ok' };
    case 'cancelled':
      return { text: 'Cancelled', tone: 'neutral' };
    case 'error':
      return { text: model.errorText ? `Error: ${model.errorText}` : 'Error', tone: 'bad' };
    case 'idle':
      return { text: 'Idle', tone: 'neutral' };
    case 'unknown':
      return { text: model.rawState ? `Unknown state: ${model.rawState}` : 'Unknown state', tone: 'neutral' };
  }
}

/** "214/220 °C"; "22 °C" when the heater is off or its target unknown; "–/220 °C" without a reading. */
export function temperatureWords(heater: Heater | undefined): string | undefined {
  if (!heater) return undefined;
  const actual = heater.actual === undefined ? undefined : Math.round(heater.actual);
  const target = heater.target ? Math.round(heater.target) : undefined;
  if (actual === undefined) return target === undefined ? undefined : `–/${target} °C`;
  return target === undefined ? `${actual} °C` : `${actual}/${target} °C`;
}

/** Every heater the printer reported, hotend first. */
export function temperatureList(model: Pick<PrinterModel, 'temperatures'>): { name: string; text: string }[] {
  const { hotend, bed, chamber } = model.temperatures;
  const rows: [string, Heater | undefined][] = [['Hotend', hotend], ['Bed', bed], ['Chamber', chamber]];
  return rows.flatMap(([name, h]) => {
    const text = temperatureWords(h);
    return text === undefined ? [] : [{ name, text }];
  });
}

/** "Layer 62 of 145", "Layer 62", or undefined. */
export function layerWords(model: Pick<PrinterModel, 'currentLayer' | 'totalLayers'>): string | undefined {
  if (model.currentLayer === undefined) return undefined;
  return model.totalLayers === undefined ? `Layer ${model.currentLayer}` : `Layer ${model.currentLayer} of ${model.totalLayers}`;
}

/** "12.3 m · 9.9 g of filament", either part alone, or undefined. */
export function filamentWords(model: Pick<PrinterModel, 'filamentMm' | 'filamentMg'>): string | undefined {
  const parts: string[] = [];
  if (model.filamentMm !== undefined) parts.push(`${(model.filamentMm / 1000).toFixed(1)} m`);
  if (model.filamentMg !== undefined) parts.push(`${(model.filamentMg / 1000).toFixed(1)} g`);
  return parts.length === 0 ? undefined : `${parts.join(' · ')} of filament`;
}

/**
 * Gadget's raw score runs from 0 (perfect) to 100 (failure, OctoEverywhere's Gadget docs); from
 * here on the print looks wrong. A warning counts while it is this recent.
 */
export const GADGET_WARN_SCORE = 50;
export const GADGET_RECENT_WARN_SEC = 600;

/** "AI watching: looks good / warning / paused the print", while a print is under way. */
export function gadgetWords(model: Pick<PrinterModel, 'state' | 'gadget'>): Words | undefined {
  const g = model.gadget;
  if (!g || !isPrintActive(model.state)) return undefined;
  if (g.suppressed) return { text: 'AI not watching this print', tone: 'neutral' };
  if (model.state === 'paused' && g.secondsSinceLastPause !== undefined) return { text: 'AI watching: paused the print', tone: 'bad' };
  const recentWarning = g.secondsSinceLastWarn !== undefined && g.secondsSinceLastWarn < GADGET_RECENT_WARN_SEC;
  if (recentWarning || (g.lastScore !== undefined && g.lastScore >= GADGET_WARN_SCORE)) return { text: 'AI watching: warning', tone: 'warn' };
  if (g.lastScore === undefined) return { text: 'AI watching', tone: 'neutral' };
  return { text: 'AI watching: looks good', tone: 'ok' };
}

/** A problem the plugin reported, as a label and one sentence (design.md's status table). */
export function problemWords(problem: PrinterProblemKind, code: number): { label: string; explanation: string; tone: Tone } {
  switch (problem) {
    case 'software-not-connected':
      return {
        label: 'Printer software not connected',
        explanation: 'OctoEverywhere reaches the printer, but its plugin cannot reach OctoPrint, Klipper or the printer’s firmware.',
        tone: 'warn',
      };
    case 'cant-log-in':
      return {
        label: 'Can’t log in to the printer',
        explanation: 'OctoEverywhere can’t log in to the printer: its plugin has no valid credentials for the printer’s own software.',
        tone: 'bad',
      };
    case 'busy':
      return { label: 'Printer busy', explanation: 'Printer busy: too many apps connected. It accepts only a few at a time.', tone: 'warn' };
    case 'too-old':
      return {
        label: 'Plugin update needed',
        explanation: 'The printer’s OctoEverywhere plugin is too old to report the printer’s state. Update the plugin on the printer.',
        tone: 'warn',
      };
    case 'unsupported':
      return { label: 'Not supported', explanation: 'This printer’s platform does not support that.', tone: 'neutral' };
    case 'invalid-state':
      return { label: 'Not possible now', explanation: 'The printer’s current state does not allow that.', tone: 'neutral' };
    case 'temporary':
      return {
        label: 'Printer plugin error',
        explanation: `The printer’s OctoEverywhere plugin answered with an error (${code}). Retrying.`,
        tone: 'bad',
      };
  }
}
