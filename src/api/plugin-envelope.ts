import { isObject } from '../guards';

/**
 * The JSON envelope of OctoEverywhere's answers: `{"Status": 200, "Result": {...}}` on success,
 * `{"Status": <code>, "Error": "<text>"}` otherwise (Plugin APIs, and the wrapped App API answers).
 * Read defensively: `Error` and `Result` are each present only when set, one published example
 * spells the key `"Result:"`, and a code may arrive as a numeric string.
 */
export interface Envelope {
  /** The envelope's own code; null when it has none (a bare `Result`) or one that is not a whole number. */
  status: number | null;
  /** A `Status` key is there, readable or not. */
  hasStatus: boolean;
  /** Trimmed, null when missing or empty. */
  error: string | null;
  hasResult: boolean;
  result: unknown;
}

/** A key read as the service may spell it: exact first, then any case, with a trailing colon or spaces. */
function envelopeField(body: Record<string, unknown>, name: string): { found: boolean; value: unknown } {
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

/** The envelope in a parsed body; null when the body is not an object with a `Status` or `Result`. */
export function readEnvelope(json: unknown): Envelope | null {
  if (!isObject(json)) return null;
  const status = envelopeField(json, 'Status');
  const result = envelopeField(json, 'Result');
  if (!status.found && !result.found) return null;
  const error = envelopeField(json, 'Error').value;
  return {
    status: code(status.value),
    hasStatus: status.found,
    error: typeof error === 'string' && error.trim() !== '' ? error.trim() : null,
    hasResult: result.found,
    result: result.value,
  };
}

export const isSuccess = (code: number): boolean => code >= 200 && code <= 299;
