// The simulated printer behind a connection: one state that every platform's answers render from.

/**
 * What answers on the App Connection URL:
 * - octoprint: a current OctoEverywhere plugin (Plugin APIs) in front of OctoPrint (its routes too);
 * - octoprint-old: a plugin too old for the Plugin APIs (754 on every command path), OctoPrint routes work;
 * - klipper: Plugin APIs; Moonraker without [octoprint_compat], so OctoPrint routes are 404;
 * - bambu: Plugin APIs only.
 */
export type Platform = 'octoprint' | 'octoprint-old' | 'klipper' | 'bambu';
export const PLATFORMS: readonly Platform[] = ['octoprint', 'octoprint-old', 'klipper', 'bambu'];

/** The plugin's states, plus 'disconnected': the host software lost the printer (785, OctoPrint 409/"Offline"). */
export type PrinterSimState = 'idle' | 'warmingup' | 'printing' | 'paused' | 'resuming' | 'complete' | 'cancelled' | 'error' | 'disconnected';
export const PRINTER_SIM_STATES: readonly PrinterSimState[] = ['idle', 'warmingup', 'printing', 'paused', 'resuming', 'complete', 'cancelled', 'error', 'disconnected'];

/** °C; a target of 0 is off. */
export interface SimHeater {
  actual: number;
  target: number;
}

export interface SimLight {
  Name: string;
  On: boolean;
}

export interface SimWebcam {
  Name: string;
  FlipH: boolean;
  FlipV: boolean;
  Rotation: number;
  Enabled: boolean;
}

/** The plugin's `OctoEverywhereStatus.Gadget`, in its own field names. */
export interface SimGadget {
  LastScore: number;
  ScoreHistory: number[];
  TimeSinceLastScoreSec: number;
  IntervalSec: number;
  IsSuppressed: boolean;
  TimeSinceLastWarnSec: number | null;
  TimeSinceLastPauseSec: number | null;
}

export interface SimPrinter {
  platform: Platform;
  state: PrinterSimState;
  subState: string | null;
  errorText: string | null;
  fileName: string | null;
  /** Percent 0–100; null: unknown. */
  progress: number | null;
  elapsedSec: number | null;
  /** null: no estimate (the print then never finishes by itself). */
  timeLeftSec: number | null;
  /** The current layer follows the progress. */
  totalLayers: number | null;
  filamentMm: number | null;
  filamentMg: number | null;
  hotend: SimHeater;
  bed: SimHeater;
  /** null: the printer has no chamber sensor (the key is left out). */
  chamber: SimHeater | null;
  /** null: `Lights: null`. */
  lights: SimLight[] | null;
  /** null: `ListWebcams: {}` (the plugin could not list them). */
  webcams: SimWebcam[] | null;
  defaultWebcam: number;
  /** null: `OctoEverywhereStatus: null`. */
  gadget: SimGadget | null;
  printId: string;
  features: number;
  platformVersion: string;
}

/** PATCH …/connections/<id> `printer`: any fields; heaters and `gadget` merge; a new `platform` brings its defaults first. */
export type PrinterPatch = Partial<Omit<SimPrinter, 'gadget' | 'hotend' | 'bed' | 'chamber'>> & {
  gadget?: Partial<SimGadget> | null;
  hotend?: Partial<SimHeater>;
  bed?: Partial<SimHeater>;
  chamber?: Partial<SimHeater> | null;
};

/** POST …/connections/<id>/print: starts a print (warming up first unless `warmup` is false). */
export interface StartPrint {
  fileName: string;
  durationSec: number;
  layers?: number | null;
  filamentMm?: number | null;
  hotendC?: number;
  bedC?: number;
  warmup?: boolean;
}
