/** The ways a popup attempt ends without a result, each its own type (as auth0-spa-js does). */
export class PopupBlockedError extends Error {
  override readonly name = 'PopupBlockedError';
  constructor() {
    super('The browser blocked the OctoEverywhere window.');
  }
}

export class PopupClosedError extends Error {
  override readonly name = 'PopupClosedError';
  constructor() {
    super('The OctoEverywhere window was closed before the connection finished.');
  }
}

export class PopupTimeoutError extends Error {
  override readonly name = 'PopupTimeoutError';
  constructor(readonly afterMs: number) {
    super(`No answer from OctoEverywhere after ${Math.round(afterMs / 60000)} minutes.`);
  }
}

export class AttemptCancelledError extends Error {
  override readonly name = 'AttemptCancelledError';
  constructor() {
    super('Cancelled.');
  }
}
