/**
 * What this browser remembers of the user's choices (sort, view, webcam, "Notify me", dismissed
 * advice): flags and names in localStorage, never a secret. Storage that refuses (private mode,
 * quota, none at all) loses only the memory: the choice still holds for this visit.
 */
export function recall(key: string): string | null {
  try {
    return globalThis.localStorage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

export function remember(key: string, value: string): void {
  try {
    globalThis.localStorage?.setItem(key, value);
  } catch {
    // Not remembered across visits.
  }
}
