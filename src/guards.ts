/** Reading values of unknown shape: parsed JSON, stored records, window messages. No imports. */

/** A plain object to read fields from: not null, not an array. */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
