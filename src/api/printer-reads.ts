import type { Config } from '../config';
import type { Connection } from '../model';
import type { PrinterReading } from '../printer/reading';
import { answerOf, isNoAnswer, type NoAnswer } from './answers';
import { getRelay, type ConnectionRequestDeps } from './connection-requests';
import { mapOctoPrint } from './octoprint-printer';
import { classifyStatus, type CodeMeaning } from './status-codes';
import { parsePluginStatus, PLUGIN_STATUS_PATH } from './plugin-status';

/**
 * One read of what a printer is doing, through its App Connection URL. Every answer confirms (or
 * refutes) the connection's credentials too: the service answers 6xx before the printer is asked.
 */
export type PrinterAnswer =
  | NoAnswer
  /** The service refused the request (6xx, or an HTTP error before the printer). */
  | { kind: 'refused'; outcome: Exclude<CodeMeaning, { kind: 'ok' }> }
  | { kind: 'reading'; reading: PrinterReading }
  /** OctoPrint's own routes want an OctoPrint API key this connection lacks (401/403). */
  | { kind: 'octoprint-key-needed' };

const refusedOrNull = (status: number): PrinterAnswer | null => {
  const outcome = classifyStatus(status);
  return outcome.kind === 'ok' ? null : { kind: 'refused', outcome };
};

/**
 * `GET …/octoeverywhere-command-api/status`: one request, every platform. A 404 on the command path
 * reads as a plugin too old to have it (the same as the plugin's own 754); a service code inside
 * the plugin's envelope counts as the service's.
 */
export async function readPluginStatus(connection: Connection, config: Config, deps: ConnectionRequestDeps): Promise<PrinterAnswer> {
  const answer = await answerOf(() => getRelay(connection, config, PLUGIN_STATUS_PATH, deps));
  if (isNoAnswer(answer)) return answer;
  if (answer.status === 404) return { kind: 'reading', reading: { kind: 'problem', problem: 'too-old', code: 404 } };
  const refused = refusedOrNull(answer.status);
  if (refused) return refused;
  const reading = parsePluginStatus(answer.json);
  if (reading.kind === 'problem' && reading.code >= 600 && reading.code <= 699) return refusedOrNull(reading.code) ?? { kind: 'reading', reading };
  return { kind: 'reading', reading };
}

/**
 * The fallback for an OctoPrint whose plugin is too old for the Plugin APIs: `/api/version` first
 * (it tells whether OctoPrint takes the key), then `/api/job` and `/api/printer` together.
 */
export async function readOctoPrint(connection: Connection, config: Config, deps: ConnectionRequestDeps): Promise<PrinterAnswer> {
  const get = (path: string) => answerOf(() => getRelay(connection, config, path, deps));
  const version = await get('/api/version');
  if (isNoAnswer(version)) return version;
  if (version.status === 401 || version.status === 403) return { kind: 'octoprint-key-needed' };
  const refused = refusedOrNull(version.status);
  if (refused) return refused;
  const [job, printer] = await Promise.all([get('/api/job'), get('/api/printer')]);
  if (isNoAnswer(job)) return job;
  const jobRefused = job.status === 409 ? null : refusedOrNull(job.status);
  if (jobRefused) return jobRefused;
  return { kind: 'reading', reading: mapOctoPrint({ job, printer: isNoAnswer(printer) ? null : printer, version }) };
}
