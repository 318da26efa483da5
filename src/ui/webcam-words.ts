import type { LiveViewEnd } from '../state/live-view';
import type { SnapshotFailure } from '../state/webcam';
import { formatDuration } from './format';

/** 609, for snapshots and Live view alike. */
export const WEBCAM_LIMIT_WORDS = 'Webcam limit reached; back in a few minutes.';

/** Why no picture came, as the end of a sentence. */
export function webcamFailureWords(failure: Exclude<SnapshotFailure, { kind: 'webcam-limit' }>): string {
  switch (failure.kind) {
    case 'unreachable':
      return failure.detail === 'timeout' ? 'the webcam did not answer in time' : 'the webcam could not be reached';
    case 'not-a-picture':
      if (failure.code === null) return 'the answer was not a picture';
      return `the printer answered ${failure.code}${failure.text ? ` (${failure.text})` : ''}`;
    case 'service': {
      const outcome = failure.outcome;
      switch (outcome.kind) {
        case 'printer-offline':
          return 'the printer is offline';
        case 'revoked':
          return 'this connection was revoked';
        case 'supporter-perks-required':
          return 'the owner no longer has Supporter Perks';
        case 'credentials-rejected':
          return 'OctoEverywhere rejected the credentials';
        case 'limit':
          return `it is over this account's limit (${outcome.code})`;
        case 'oe-error':
          return `OctoEverywhere answered ${outcome.code}`;
      }
    }
  }
}

/** How a Live view ended, as a sentence. */
export function liveViewEndWords(end: LiveViewEnd): string {
  switch (end.kind) {
    case 'hidden':
      return 'Stopped while the page was hidden.';
    case 'time-limit':
      return `Stopped after ${formatDuration(end.limitSec)}: your OctoEverywhere account's limit for one live view.`;
    case 'ended':
      return 'The webcam ended the stream.';
    case 'webcam-limit':
      return WEBCAM_LIMIT_WORDS;
    case 'failed':
      // A stream that broke says so in its own sentence.
      return end.failure.kind === 'broken' ? end.failure.message : `Stopped: ${webcamFailureWords(end.failure)}.`;
  }
}

/** "4:59" */
export function countdownWords(seconds: number): string {
  const whole = Math.max(0, Math.ceil(seconds));
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}
