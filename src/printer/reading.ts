import type { PrinterModel } from './model';

/**
 * Why the printer's state could not be read although OctoEverywhere answered (plugin codes
 * 750–789; OctoPrint's 409 and "Offline" mean the same as 785).
 * - temporary: 750–753, 786 on a read, and any code this list does not know (shown with its number)
 * - too-old: 754, the plugin lacks the command (or 404 on the command path): use OctoPrint's routes
 * - software-not-connected: 785, the plugin cannot reach OctoPrint / Klipper / the printer's firmware
 * - invalid-state: 786, the printer's state does not allow that action
 * - busy: 787, too many apps connected to the printer
 * - unsupported: 788, not on this platform
 * - cant-log-in: 789, the plugin has no valid credentials for the printer's own software
 */
export type PrinterProblemKind = 'temporary' | 'too-old' | 'software-not-connected' | 'invalid-state' | 'busy' | 'unsupported' | 'cant-log-in';

export interface PrinterProblem {
  kind: 'problem';
  problem: PrinterProblemKind;
  /** The plugin's `Status` (or OctoPrint's HTTP status). */
  code: number;
  /** The plugin's `Error` text, when it sent one. */
  text?: string;
}

/** An answer that is not what the API documents; `reason` is plain English for Details, no secrets. */
export interface MalformedAnswer {
  kind: 'malformed';
  reason: string;
}

/** What one read of a printer gave: the model, a problem the plugin reported, or an unreadable answer. */
export type PrinterReading = { kind: 'ok'; printer: PrinterModel } | PrinterProblem | MalformedAnswer;
