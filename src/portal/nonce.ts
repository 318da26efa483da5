/**
 * The attempt nonce: 128 random bits as 32 lower-case hex digits. It travels in the returnUrl
 * (as `attempt`) and in the messages between windows; this is the one place its shape is written.
 */
export const ATTEMPT_PARAM = 'attempt';

const NONCE = /^[0-9a-f]{32}$/;

/** A fresh single-use attempt nonce. */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export function isNonce(value: unknown): value is string {
  return typeof value === 'string' && NONCE.test(value);
}
