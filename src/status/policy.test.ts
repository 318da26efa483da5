import { describe, expect, it } from 'vitest';
import type { ConnectionStatus } from './connection-status';
import { fakeStatus } from '../../test/support/fixtures';
import { backoffDelay, nextCheck } from './policy';

const S = 1000;
const mid = () => 0.5;
const status = (kind: ConnectionStatus['kind']): ConnectionStatus => fakeStatus(kind);

describe('nextCheck', () => {
  it('polls online and offline printers at the interval and resets failures', () => {
    expect(nextCheck(status('online'), 3, 30 * S, mid)).toEqual({ delayMs: 30 * S, failures: 0 });
    expect(nextCheck(status('printer-offline'), 3, 30 * S, mid)).toEqual({ delayMs: 30 * S, failures: 0 });
  });
  it('stops on revoked, hourly on 605, every 10 minutes on 606', () => {
    expect(nextCheck(status('revoked'), 0, 30 * S, mid).delayMs).toBeNull();
    expect(nextCheck(status('supporter-perks-required'), 0, 30 * S, mid).delayMs).toBe(3600 * S);
    expect(nextCheck(status('credentials-rejected'), 0, 30 * S, mid).delayMs).toBe(600 * S);
  });
  it('backs off on oe-error and unreachable, counting failures', () => {
    expect(nextCheck(status('oe-error'), 0, 30 * S, mid)).toEqual({ delayMs: 60 * S, failures: 1 });
    expect(nextCheck(status('unreachable'), 1, 30 * S, mid)).toEqual({ delayMs: 120 * S, failures: 2 });
  });
});

describe('backoffDelay', () => {
  it('doubles up to the 5-minute cap', () => {
    expect([1, 2, 3, 4, 10, 60].map((n) => backoffDelay(n, 30 * S, mid))).toEqual([60 * S, 120 * S, 240 * S, 300 * S, 300 * S, 300 * S]);
  });
  it('jitters by ±20 % without passing the cap or undercutting the interval', () => {
    expect(backoffDelay(1, 30 * S, () => 0)).toBe(48 * S);
    expect(backoffDelay(1, 30 * S, () => 1)).toBe(72 * S);
    expect(backoffDelay(10, 30 * S, () => 0)).toBe(240 * S);
    expect(backoffDelay(10, 30 * S, () => 1)).toBe(300 * S);
    expect(backoffDelay(1, 10 * 60 * S, () => 0)).toBe(10 * 60 * S);
  });
});
