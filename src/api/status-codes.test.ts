import { describe, expect, it } from 'vitest';
import { classifyStatus, type CodeMeaning } from './status-codes';

/** The expected outcome for every code, written out independently of the implementation's ranges. */
function expected(code: number): CodeMeaning {
  if (code >= 200 && code < 300) return { kind: 'ok' };
  if (code === 601 || code === 602) return { kind: 'printer-offline', code };
  if (code === 603 || code === 604) return { kind: 'revoked', code };
  if (code === 605) return { kind: 'supporter-perks-required' };
  if (code === 606) return { kind: 'credentials-rejected' };
  if (code === 607 || code === 608) return { kind: 'limit', code, temporary: false };
  if (code === 609) return { kind: 'limit', code, temporary: true };
  if (code >= 400 && code < 500) return { kind: 'oe-error', code, temporary: [408, 409, 425, 429].includes(code) };
  if (code >= 500 && code < 600) return { kind: 'oe-error', code, temporary: code !== 501 && code !== 505 };
  if (code >= 600 && code < 700) return { kind: 'oe-error', code, temporary: true };
  return { kind: 'oe-error', code, temporary: false };
}

describe('classifyStatus', () => {
  it('answers ok for every 2xx', () => {
    for (const code of [200, 201, 204, 299]) expect(classifyStatus(code)).toEqual({ kind: 'ok' });
  });

  it('classifies every code from 400 to 613', () => {
    for (let code = 400; code <= 613; code++) expect(classifyStatus(code), String(code)).toEqual(expected(code));
  });

  it('pins the codes the design table names', () => {
    expect(classifyStatus(401)).toEqual({ kind: 'oe-error', code: 401, temporary: false });
    expect(classifyStatus(404)).toEqual({ kind: 'oe-error', code: 404, temporary: false });
    expect(classifyStatus(429)).toEqual({ kind: 'oe-error', code: 429, temporary: true });
    expect(classifyStatus(500)).toEqual({ kind: 'oe-error', code: 500, temporary: true });
    expect(classifyStatus(502)).toEqual({ kind: 'oe-error', code: 502, temporary: true });
    expect(classifyStatus(600)).toEqual({ kind: 'oe-error', code: 600, temporary: true });
    expect(classifyStatus(601)).toEqual({ kind: 'printer-offline', code: 601 });
    expect(classifyStatus(602)).toEqual({ kind: 'printer-offline', code: 602 });
    expect(classifyStatus(603)).toEqual({ kind: 'revoked', code: 603 });
    expect(classifyStatus(604)).toEqual({ kind: 'revoked', code: 604 });
    expect(classifyStatus(605)).toEqual({ kind: 'supporter-perks-required' });
    expect(classifyStatus(606)).toEqual({ kind: 'credentials-rejected' });
    expect(classifyStatus(609)).toEqual({ kind: 'limit', code: 609, temporary: true });
    for (const code of [610, 611, 612, 613]) expect(classifyStatus(code)).toEqual({ kind: 'oe-error', code, temporary: true });
  });

  it('treats an unknown 6xx as a temporary OctoEverywhere error', () => {
    expect(classifyStatus(650)).toEqual({ kind: 'oe-error', code: 650, temporary: true });
    expect(classifyStatus(699)).toEqual({ kind: 'oe-error', code: 699, temporary: true });
  });

  it('treats codes outside 2xx/4xx–6xx as lasting errors', () => {
    for (const code of [100, 302, 304, 700, 999]) expect(classifyStatus(code)).toEqual({ kind: 'oe-error', code, temporary: false });
  });
});
