import { describe, expect, it } from 'vitest';
import { readEnvelope } from './plugin-envelope';

describe('readEnvelope', () => {
  it.each([
    [{ Status: 200, Result: { A: 1 } }, { status: 200, hasStatus: true, error: null, hasResult: true, result: { A: 1 } }],
    [{ Status: 786, Error: ' Not printing ' }, { status: 786, hasStatus: true, error: 'Not printing', hasResult: false, result: undefined }],
    [{ 'Result:': 5 }, { status: null, hasStatus: false, error: null, hasResult: true, result: 5 }],
    [{ status: '400', error: 'Too hot', 'Result :': null }, { status: 400, hasStatus: true, error: 'Too hot', hasResult: true, result: null }],
    [{ Status: 'soon', Error: 7 }, { status: null, hasStatus: true, error: null, hasResult: false, result: undefined }],
    [{ Status: 200.5 }, { status: null, hasStatus: true, error: null, hasResult: false, result: undefined }],
  ])('reads %j', (json, envelope) => {
    expect(readEnvelope(json)).toEqual(envelope);
  });

  it.each([null, 'text', 42, [{ Status: 200 }], { Message: 'Pong' }])('finds no envelope in %j', (json) => {
    expect(readEnvelope(json)).toBeNull();
  });
});
