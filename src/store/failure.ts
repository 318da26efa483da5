import type { StoreErrorKind } from './errors';

/**
 * A storage failure known by its kind, without the words: what the opener throws. The dashboard's
 * stores turn it into a worded StoreError (errors.ts, which knows it by its name, not by import);
 * the callback page's store leaves it as it is, so that page's inline script carries no words.
 */
export class StoreFailure extends Error {
  override readonly name = 'StoreFailure';
  constructor(
    readonly kind: StoreErrorKind,
    readonly detail?: string,
  ) {
    super(detail ?? kind);
  }
}
