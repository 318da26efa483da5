// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeConnection } from '../../test/support/fixtures';
import { StoreFailure } from '../store/failure';
import { showPlainResult } from './plain-result';

const page = () => document.getElementById('callback')!;

beforeEach(() => {
  document.body.innerHTML = '<main id="callback"><h1>Finishing the connection…</h1></main>';
});

describe('showPlainResult: the page when its views cannot load', () => {
  it('shows a connection that could not be stored, credentials included, and why it was not', () => {
    const connection = fakeConnection('voron');
    showPlainResult({ kind: 'store-failed', connection, error: new DOMException('The quota has been exceeded.', 'QuotaExceededError') });
    const text = page().textContent ?? '';
    expect(text).toContain('Not saved (QuotaExceededError: The quota has been exceeded.)');
    expect(text).toContain('cannot be fetched again');
    expect(JSON.parse(text.slice(text.indexOf('{')))).toEqual(connection);
  });

  it('says nothing was saved, and shows no credentials, when there were none to keep', () => {
    showPlainResult({ kind: 'store-failed', connection: null, error: new StoreFailure('blocked', 'timed out') });
    expect(page().textContent).toBe('Not saved (StoreFailure: timed out).');
  });

  it('says what happened otherwise, in the words the outcome carries', () => {
    showPlainResult({ kind: 'no-attempt', reason: 'This connect attempt expired. Start again from the dashboard. Nothing was stored.' });
    expect(page().textContent).toBe('This connect attempt expired. Start again from the dashboard. Nothing was stored.');
    showPlainResult({ kind: 'connected', printerName: 'Voron', attempt: { v: 1, nonce: 'n', createdAt: 0, expiresAt: 1, mode: 'popup' } });
    expect(page().textContent).toBe('Finished: connected.');
  });
});
