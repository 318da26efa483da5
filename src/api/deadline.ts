/**
 * One deadline for a whole task, however many requests it makes (a status check makes up to
 * three): `signal` aborts when the caller's signal does or when the time is up, whichever comes
 * first. Built from an AbortController and a timer because AbortSignal.any (Chrome 116, Firefox
 * 124, Safari 17.4) is newer than the browsers the README promises; the timer also lets tests
 * drive it with fake time.
 */
export interface Deadline {
  readonly signal: AbortSignal;
  readonly ms: number;
  /** True once the time ran out (not when the caller aborted). */
  readonly expired: boolean;
  /** Stops the timer and lets go of the caller's signal. */
  dispose(): void;
}

export function startDeadline(parent: AbortSignal, ms: number): Deadline {
  const controller = new AbortController();
  let expired = false;
  const onAbort = () => controller.abort(parent.reason);
  const timer = setTimeout(() => {
    expired = true;
    controller.abort(new DOMException(`No answer within ${ms} ms`, 'TimeoutError'));
  }, ms);
  if (parent.aborted) onAbort();
  else parent.addEventListener('abort', onAbort, { once: true });
  return {
    signal: controller.signal,
    ms,
    get expired() {
      return expired;
    },
    dispose() {
      clearTimeout(timer);
      parent.removeEventListener('abort', onAbort);
    },
  };
}
