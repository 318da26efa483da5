import type { PrinterProblemKind, PrinterReading } from '../printer/reading';
import { isObject } from '../guards';
import { isSuccess, readEnvelope } from './plugin-envelope';
import { mapPluginStatus } from './plugin-status-map';
import { statusResultSchema } from './plugin-status-schema';

/**
 * The Plugin API's status answer, `GET {App Connection URL}/octoeverywhere-command-api/status`.
 * Two layers of errors: the service's 6xx arrive as the HTTP status (the caller reads those with
 * classifyStatus first); once the plugin answers, HTTP is 200 and its own `Status` sits in the
 * body: `{"Status": 200, "Result": {...}}` or `{"Status": <code>, "Error": "<text>"}`.
 * The body is read whatever its Content-Type (the plugin sends `text/json`). Never throws.
 */
export const PLUGIN_STATUS_PATH = '/octoeverywhere-command-api/status';

/** The plugin's common codes (750–789); a command's own 4xx/5xx and unknown codes are temporary. */
export function classifyPluginCode(code: number): PrinterProblemKind {
  switch (code) {
    case 754:
      return 'too-old';
    case 785:
      return 'software-not-connected';
    case 786:
      return 'invalid-state';
    case 787:
      return 'busy';
    case 788:
      return 'unsupported';
    case 789:
      return 'cant-log-in';
    default:
      return 'temporary';
  }
}

const malformed = (reason: string): PrinterReading => ({ kind: 'malformed', reason });

/** The reading from a status body (`json` is null when the body was empty or not JSON). */
export function parsePluginStatus(json: unknown): PrinterReading {
  if (json === null || json === undefined) return malformed('The printer status answer is not JSON.');
  if (!isObject(json)) return malformed('The printer status answer is not a JSON object.');
  const envelope = readEnvelope(json);
  if (!envelope) return malformed('The printer status answer has neither Status nor Result.');
  const { status, error, result } = envelope;
  if (envelope.hasStatus && status === null) return malformed('The printer status answer has an unreadable Status.');
  if (status !== null && !isSuccess(status)) {
    return { kind: 'problem', problem: classifyPluginCode(status), code: status, ...(error === null ? {} : { text: error }) };
  }
  if (!isObject(result)) return malformed('The printer status answer has no Result.');
  const parsed = statusResultSchema.safeParse(result);
  if (!parsed.success) return malformed('The printer status answer has no JobStatus.');
  return { kind: 'ok', printer: mapPluginStatus(parsed.data) };
}
