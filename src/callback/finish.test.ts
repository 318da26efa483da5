import type { UseStore } from 'idb-keyval';
import { beforeEach, describe, expect, it } from 'vitest';
import { freshStore } from '../../test/support/store';
import { ATTEMPT_LIFETIME_MS, createAttempt, readAttempt } from '../store/attempts';
import { listConnections } from '../store/connections';
import { finishCallback } from './finish';

const ORIGIN = 'https://octoeverywhere.com';
const NONCE = 'ab'.repeat(16);
const CONNECTED =
  'success=true&id=conn1&url=https://app-x.octoeverywhere.com&appApiToken=SECRET-TOKEN&authBasicHttpUser=u&authBasicHttpPassword=SECRET-PW&printerName=Voron';
const callback = (query: string) => `https://dash.example/callback.html?attempt=${NONCE}&${query}`;

let store: UseStore;
beforeEach(() => {
  store = freshStore();
});

describe('finishCallback: whether the attempt can take the answer is decided once, each answer in its own words', () => {
  const started = () => createAttempt({ nonce: NONCE, mode: 'popup' }, 0, store);
  it.each([
    ['no attempt of this browser', async () => undefined, 20, /unknown to this browser\. Nothing was stored\.$/],
    [
      'an attempt that has its answer already',
      async () => {
        await started();
        await finishCallback(callback('success=false'), ORIGIN, 10, store);
      },
      20,
      /already finished; its answer cannot be used twice\. Nothing was stored\.$/,
    ],
    ['an attempt past its expiry', started, ATTEMPT_LIFETIME_MS, /expired\. Start again from the dashboard\. Nothing was stored\.$/],
  ])('refuses %s', async (_case, before, at, words) => {
    await before();
    const result = await finishCallback(callback(CONNECTED), ORIGIN, at, store);
    expect(result).toEqual({ kind: 'no-attempt', reason: expect.stringMatching(words) });
    expect((await listConnections(store)).connections).toEqual([]);
  });

  it.each([
    ['a connection', CONNECTED, { kind: 'connected', printerName: 'Voron' }, 'connected'],
    ['a decline', 'success=false', { kind: 'declined' }, 'declined'],
    ['an invalid answer', 'success=true&id=conn1', { kind: 'rejected', reason: expect.stringMatching(/App Connection URL\. Nothing was stored\.$/) }, 'rejected'],
  ])('ends a waiting attempt with %s', async (_case, query, expected, outcome) => {
    await createAttempt({ nonce: NONCE, mode: 'tab' }, 0, store);
    const result = await finishCallback(callback(query), ORIGIN, 10, store);
    expect(result).toMatchObject({ ...expected, attempt: { nonce: NONCE, mode: 'tab', result: { outcome } } });
    expect((await readAttempt(NONCE, store))?.result?.outcome).toBe(outcome);
  });

  it('says the page was opened without an attempt when the URL carries no nonce', async () => {
    expect(await finishCallback('https://dash.example/callback.html?success=true', ORIGIN, 10, store)).toEqual({
      kind: 'no-attempt',
      reason: 'This page was opened without a connect attempt from this dashboard. Nothing was stored.',
    });
  });
});
