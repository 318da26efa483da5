import { describe, expect, it } from 'vitest';
import { countdownWords, liveViewEndWords, webcamFailureWords } from './webcam-words';

describe('webcam words', () => {
  it('count down in minutes and seconds, never below zero', () => {
    expect(countdownWords(300)).toBe('5:00');
    expect(countdownWords(299.2)).toBe('5:00');
    expect(countdownWords(61)).toBe('1:01');
    expect(countdownWords(0.4)).toBe('0:01');
    expect(countdownWords(-3)).toBe('0:00');
  });

  it('say why a Live view ended', () => {
    expect(liveViewEndWords({ kind: 'time-limit', limitSec: 300 })).toBe("Stopped after 5 min: your OctoEverywhere account's limit for one live view.");
    expect(liveViewEndWords({ kind: 'webcam-limit' })).toBe('Webcam limit reached; back in a few minutes.');
    expect(liveViewEndWords({ kind: 'failed', failure: { kind: 'broken', message: 'The webcam stream broke off.' } })).toBe('The webcam stream broke off.');
    expect(liveViewEndWords({ kind: 'failed', failure: { kind: 'service', outcome: { kind: 'printer-offline', code: 601 } } })).toBe('Stopped: the printer is offline.');
  });

  it('say why a snapshot did not come, without any address or credential', () => {
    expect(webcamFailureWords({ kind: 'unreachable', detail: 'timeout' })).toBe('the webcam did not answer in time');
    expect(webcamFailureWords({ kind: 'not-a-picture', code: 785, text: 'Host not connected' })).toBe('the printer answered 785 (Host not connected)');
    expect(webcamFailureWords({ kind: 'service', outcome: { kind: 'oe-error', code: 600, temporary: true } })).toBe('OctoEverywhere answered 600');
  });
});
