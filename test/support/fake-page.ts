import type { ObjectUrls } from '../../src/webcam/object-url-slot';

/**
 * Object URLs a test counts: those alive, how many were made, and the most alive at once. URLs
 * read `blob:1`, `blob:2`, … A revoke of a URL never made, or revoked already, throws.
 */
export function countingObjectUrls() {
  const alive = new Set<string>();
  let made = 0;
  let most = 0;
  const objectUrls: ObjectUrls = {
    createObjectURL: () => {
      const url = `blob:${++made}`;
      alive.add(url);
      most = Math.max(most, alive.size);
      return url;
    },
    revokeObjectURL: (url) => {
      if (!alive.delete(url)) throw new Error(`revoked twice or never made: ${url}`);
    },
  };
  return { objectUrls, alive, made: () => made, most: () => most };
}

/** A page whose visibility a test sets; `listeners` are the visibility listeners still registered. */
export function fakeVisibility(initial = true) {
  let visible = initial;
  const listeners = new Set<() => void>();
  return {
    listeners,
    pageVisible: () => visible,
    onVisibilityChange(listener: () => void) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    setVisible(value: boolean) {
      visible = value;
      listeners.forEach((listener) => listener());
    },
  };
}
