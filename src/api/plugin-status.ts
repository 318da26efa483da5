import type { PrinterProblemKind, PrinterReading } from '../printer/reading';
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

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * An envelope key, read defensively: exact spelling first, then any case, with a trailing colon
 * (one published example spells `"Result:"`) or stray spaces.
 */
function field(body: Record<string, unknown>, name: string): { found: boolean; value: unknown } {
  if (name in body) return { found: true, value: body[name] };
  const wanted = name.toLowerCase();
  const key = Object.keys(body).find((k) => k.trim().replace(/:$/, '').trim().toLowerCase() === wanted);
  return key === undefined ? { found: false, value: undefined } : { found: true, value: body[key] };
}

/** An integer code; a numeric string passes too (defensive), anything else is null. */
function code(value: unknown): number | null {
  const n = typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value;
  return typeof n === 'number' && Number.isInteger(n) ? n : null;
}

const malformed = (reason: string): PrinterReading => ({ kind: 'malformed', reason });

/** The reading from a status body (`json` is null when the body was empty or not JSON). */
export function parsePluginStatus(json: unknown): PrinterReading {
  if (json === null || json === undefined) return malformed('The printer status answer is not JSON.');
  if (!isObject(json)) return malformed('The printer status answer is not a JSON object.');
  const status = field(json, 'Status');
  const result = field(json, 'Result');
  const statusCode = code(status.value);
  if (status.found && statusCode === null) return malformed('The printer status answer has an unreadable Status.');
  if (!status.found && !result.found) return malformed('The printer status answer has neither Status nor Result.');

  if (statusCode !== null && (statusCode < 200 || statusCode > 299)) {
    const error = field(json, 'Error').value;
    const text = typeof error === 'string' && error.trim() !== '' ? error.trim() : undefined;
    return { kind: 'problem', problem: classifyPluginCode(statusCode), code: statusCode, ...(text === undefined ? {} : { text }) };
  }
  if (!isObject(result.value)) return malformed('The printer status answer has no Result.');
  const parsed = statusResultSchema.safeParse(result.value);
  if (!parsed.success) return malformed('The printer status answer has no JobStatus.');
  return { kind: 'ok', printer: mapPluginStatus(parsed.data) };
}
