import { afterEach, describe, expect, it, vi } from 'vitest';
import { recall, remember } from './local-memory';

afterEach(() => vi.unstubAllGlobals());

describe('local memory', () => {
  it('remembers a choice across reads', () => {
    const stored = new Map<string, string>();
    vi.stubGlobal('localStorage', { getItem: (k: string) => stored.get(k) ?? null, setItem: (k: string, v: string) => void stored.set(k, v) });
    expect(recall('k')).toBeNull();
    remember('k', 'list');
    expect(recall('k')).toBe('list');
  });

  it('storage that refuses (private mode, quota) or is missing loses the memory, never the page', () => {
    const refuse = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    vi.stubGlobal('localStorage', { getItem: refuse, setItem: refuse });
    expect(() => remember('k', 'list')).not.toThrow();
    expect(recall('k')).toBeNull();
    vi.stubGlobal('localStorage', undefined);
    expect(() => remember('k', 'list')).not.toThrow();
    expect(recall('k')).toBeNull();
  });
});
