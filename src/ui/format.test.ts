import { describe, expect, it } from 'vitest';
import { formatAgo } from './format';

describe('formatAgo', () => {
  it('says how long ago in the largest whole unit', () => {
    expect(formatAgo(-2000)).toBe('just now');
    expect(formatAgo(999)).toBe('just now');
    expect(formatAgo(12_400)).toBe('12 s ago');
    expect(formatAgo(59_999)).toBe('59 s ago');
    expect(formatAgo(60_000)).toBe('1 min ago');
    expect(formatAgo(3 * 3600_000 + 5 * 60_000)).toBe('3 h ago');
    expect(formatAgo(50 * 3600_000)).toBe('2 d ago');
  });
});
