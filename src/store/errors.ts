/** Why storage failed, in words the dashboard can show. */
export type StoreErrorKind = 'unavailable' | 'quota' | 'blocked' | 'outdated' | 'corrupt' | 'failed';

const MESSAGES: Record<StoreErrorKind, string> = {
  unavailable: 'This browser is not letting the dashboard use its storage (IndexedDB), as some private windows do.',
  quota: 'The browser\'s storage for this site is full.',
  blocked: 'Another tab of this dashboard holds its storage open in an older version. Close other tabs and reload.',
  outdated: 'This browser holds the dashboard\'s storage in a newer version than this page. Reload the page.',
  corrupt: 'A stored record could not be read.',
  failed: 'The browser\'s storage (IndexedDB) failed.',
};

export class StoreError extends Error {
  override readonly name = 'StoreError';
  constructor(
    readonly kind: StoreErrorKind,
    detail?: string,
  ) {
    super(detail ? `${MESSAGES[kind]} (${detail})` : MESSAGES[kind]);
  }
}

/**
 * Maps whatever IndexedDB (or the opener, as a StoreFailure: known by its name, so the callback
 * page's inline script and its views share no module) threw to a StoreError, naming the
 * DOMException but never a value.
 */
export function toStoreError(error: unknown): StoreError {
  if (error instanceof StoreError) return error;
  if (error instanceof Error && error.name === 'StoreFailure' && 'kind' in error) {
    const { kind, detail } = error as Error & { kind: StoreErrorKind; detail?: string };
    return new StoreError(kind, detail);
  }
  // A DOMException is an Error too.
  const name = error instanceof Error ? error.name : '';
  if (name === 'QuotaExceededError') return new StoreError('quota');
  if (name === 'VersionError') return new StoreError('outdated');
  if (name === 'ReferenceError' || name === 'SecurityError' || name === 'InvalidStateError') {
    return new StoreError('unavailable', name);
  }
  return new StoreError('failed', name || undefined);
}
