import { describe, expect, it } from 'vitest';
import { isNonce, newNonce } from './nonce';

describe('the attempt nonce', () => {
  it('is fresh each time, and every one made reads as a nonce', () => {
    const nonces = new Set(Array.from({ length: 100 }, newNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(isNonce(nonce)).toBe(true);
  });

  it.each([
    ['32 hex digits', 'ab'.repeat(16), true],
    ['upper case', 'AB'.repeat(16), false],
    ['31 digits', 'a'.repeat(31), false],
    ['33 digits', 'a'.repeat(33), false],
    ['a letter past f', `${'a'.repeat(31)}g`, false],
    ['a number', 42, false],
    ['nothing', undefined, false],
  ])('%s: %s', (_what, value, expected) => {
    expect(isNonce(value)).toBe(expected);
  });
});
