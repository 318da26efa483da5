import { unreachable } from './failures';
import { ResponseTooLargeError } from './http';

/**
 * A request that got no usable answer: no HTTP answer at all ('network': offline, DNS, refused or
 * a missing CORS answer, which the browser will not tell apart), none in time, or one over the
 * size cap. Anything else thrown is a bug or the caller's own abort, and passes through.
 */
export interface NoAnswer {
  kind: 'no-answer';
  detail: 'network' | 'timeout' | 'too-large';
}

export async function answerOf<T>(request: () => Promise<T>): Promise<T | NoAnswer> {
  try {
    return await request();
  } catch (error) {
    if (error instanceof ResponseTooLargeError) return { kind: 'no-answer', detail: 'too-large' };
    // Network or timeout, as every caller reads them (failures.ts); anything else is thrown on.
    return { kind: 'no-answer', detail: unreachable(error).detail };
  }
}

export const isNoAnswer = (value: unknown): value is NoAnswer =>
  typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'no-answer';
