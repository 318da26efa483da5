import { describe, expect, it } from 'vitest';
import { attemptNonceOf, parseCompletion, readCompletionParams } from './completion';

const ORIGIN = 'https://octoeverywhere.com';
const NONCE = '0123456789abcdef0123456789abcdef';
const BASE = `https://dash.example/callback.html?attempt=${NONCE}`;

const lower = {
  success: 'true',
  id: 'conn123',
  url: 'https://app-abc123.octoeverywhere.com',
  appapitoken: 'app-token',
  printername: 'Prusa MK4',
  userprinteraccessurl: 'https://octoeverywhere.com/printer/1',
  printerlastknownlocalip: '192.168.1.20',
  authbasichttpuser: 'user',
  authbasichttppassword: 'pass',
  authbearertoken: 'bearer',
  octoprintapikey: 'KEY',
};

function parse(fields: Record<string, string>, base = BASE) {
  const href = `${base}&${new URLSearchParams(fields).toString()}`;
  const read = readCompletionParams(href);
  expect(read.repeated).toBeNull();
  return parseCompletion(read.params, ORIGIN);
}

function without(...keys: string[]) {
  return Object.fromEntries(Object.entries(lower).filter(([key]) => !keys.includes(key)));
}

describe('readCompletionParams', () => {
  it('reads the attempt nonce and the result from the query', () => {
    const { params } = readCompletionParams(`${BASE}&success=true`);
    expect(attemptNonceOf(params)).toBe(NONCE);
    expect(params.get('success')).toBe('true');
  });

  it('copes with a second "?" and with a result in the fragment', () => {
    expect(readCompletionParams(`${BASE}?success=true&id=x`).params.get('id')).toBe('x');
    const fragment = readCompletionParams(`${BASE}#success=true&ID=y`).params;
    expect(fragment.get('id')).toBe('y');
    expect(attemptNonceOf(fragment)).toBe(NONCE);
  });

  it('lower-cases and trims keys, as the older OpenAPI spelling needs', () => {
    const { params } = readCompletionParams(`${BASE}&AuthBasicHttpUser%20=u`);
    expect(params.get('authbasichttpuser')).toBe('u');
  });

  it('reports a repeated key, whatever its case, and drops its values', () => {
    const read = readCompletionParams(`${BASE}&url=https://a&URL=https://b`);
    expect(read.repeated).toBe('url');
    expect(read.params.has('url')).toBe(false);
    expect(readCompletionParams(`${BASE}#attempt=${NONCE}`).params.has('attempt')).toBe(false);
  });

  it('refuses a malformed nonce', () => {
    expect(attemptNonceOf(readCompletionParams('https://d.example/callback.html?attempt=abc').params)).toBeNull();
  });
});

describe('parseCompletion', () => {
  it('accepts the lower-case spelling shipping apps read', () => {
    const result = parse(lower);
    expect(result).toEqual({
      ok: true,
      success: true,
      connection: {
        id: 'conn123',
        url: 'https://app-abc123.octoeverywhere.com',
        printerName: 'Prusa MK4',
        userPrinterAccessUrl: 'https://octoeverywhere.com/printer/1',
        printerLastKnownLocalIp: '192.168.1.20',
        secrets: { appApiToken: 'app-token', basicUser: 'user', basicPassword: 'pass', bearerToken: 'bearer', octoPrintApiKey: 'KEY' },
      },
    });
  });

  it('accepts the camelCase spelling of the current docs', () => {
    const result = parse({
      success: 'True',
      id: 'c1',
      url: 'https://app-c1.octoeverywhere.com/',
      appApiToken: 't',
      printername: 'Voron',
      authBasicHttpUser: 'u',
      authBasicHttpPassword: 'p',
      octoPrintApiKey: 'K',
    });
    expect(result).toMatchObject({ ok: true, success: true, connection: { url: 'https://app-c1.octoeverywhere.com', secrets: { basicUser: 'u', octoPrintApiKey: 'K' } } });
  });

  it('accepts Basic only and Bearer only', () => {
    const basic = parse(without('authbearertoken'));
    expect(basic).toMatchObject({ ok: true, connection: { secrets: { basicUser: 'user', bearerToken: undefined } } });
    const bearer = parse(without('authbasichttpuser', 'authbasichttppassword'));
    expect(bearer).toMatchObject({ ok: true, connection: { secrets: { bearerToken: 'bearer', basicUser: undefined } } });
  });

  it('rejects a result with neither Basic nor Bearer, or half a Basic pair', () => {
    expect(parse(without('authbearertoken', 'authbasichttpuser', 'authbasichttppassword'))).toMatchObject({ ok: false, reason: expect.stringContaining('no App Connection credentials') });
    expect(parse(without('authbearertoken', 'authbasichttppassword'))).toMatchObject({ ok: false });
    expect(parse({ ...without('authbearertoken'), authbasichttppassword: '' })).toMatchObject({ ok: false });
  });

  it('keeps the OctoPrint API key optional', () => {
    expect(parse(without('octoprintapikey'))).toMatchObject({ ok: true, connection: { secrets: { octoPrintApiKey: undefined } } });
  });

  it.each(['id', 'url', 'appapitoken'])('rejects a success without %s', (key) => {
    expect(parse(without(key))).toMatchObject({ ok: false });
  });

  it('treats only a case-insensitive "true" as success', () => {
    for (const value of ['false', 'False', '0', 'yes', '']) {
      expect(parse({ ...lower, success: value })).toEqual({ ok: true, success: false });
    }
    expect(parse({ ...lower, success: 'TRUE' })).toMatchObject({ success: true });
  });

  it('rejects an answer without a success field', () => {
    expect(parse(without('success'))).toMatchObject({ ok: false });
  });

  it.each([
    ['javascript:alert(1)', 'uses javascript'],
    ['http://app-x.octoeverywhere.com', 'uses http'],
    ['https://app-x.octoeverywhere.com.evil.net', 'not on the OctoEverywhere domain'],
    ['https://evil.net/app-x.octoeverywhere.com', 'path'],
    ['https://octoeverywhere.com', 'not on the OctoEverywhere domain'],
    ['https://app-xoctoeverywhere.com', 'not on the OctoEverywhere domain'],
    ['https://app-x.octoeverywhere.com:0', 'port'],
    ['https://app-x.octoeverywhere.com:7125', 'port'],
    ['https://user:pw@app-x.octoeverywhere.com', 'user name'],
    ['https://app-x.octoeverywhere.com@evil.net', 'user name'],
    ['https://app-x.octoeverywhere.com/api', 'path'],
    ['https://app-x.octoeverywhere.com/?a=1', 'query'],
    ['https://app-x.octoeverywhere.com#x', 'fragment'],
    ['https://app-x.octoeverywhere.com.', 'not on the OctoEverywhere domain'],
    ['https://app-x.octo\teverywhere.com', 'characters'],
    ['https://app-x.octoeverywhere.com\\@evil.net', 'characters'],
    ['//app-x.octoeverywhere.com', 'not a valid address'],
    ['https://-bad.octoeverywhere.com', 'invalid host name'],
    ['https://www.octoeverywhere.com', 'invalid host name'],
    ['https://WWW.octoeverywhere.com', 'invalid host name'],
    ['https://app-x.evil.octoeverywhere.com', 'invalid host name'],
    ['https://a.b.octoeverywhere.com', 'invalid host name'],
    ['https://app-x.octoeverywhere.com:443', 'not written plainly'],
    ['https://@app-x.octoeverywhere.com', 'not written plainly'],
    ['https://app-x.octoeverywhere.com/..', 'not written plainly'],
    ['https://app-x%2eevil.octoeverywhere.com', 'invalid host name'],
    ['https://app%2dx.octoeverywhere.com', 'not written plainly'],
    ['https://app\u200bx.octoeverywhere.com', 'not written plainly'],
  ])('rejects the hostile url %s', (url, words) => {
    const result = parse({ ...lower, url });
    expect(result).toMatchObject({ ok: false, reason: expect.stringContaining(words) });
  });

  it('stores the url normalised: lower-case host, no trailing slash', () => {
    expect(parse({ ...lower, url: 'https://APP-X.OctoEverywhere.com/' })).toMatchObject({ connection: { url: 'https://app-x.octoeverywhere.com' } });
  });

  it('applies the origin\'s scheme and port, as the local stub needs', () => {
    const { params } = readCompletionParams(`${BASE}&${new URLSearchParams({ ...lower, url: 'http://app-x.localhost:4300' })}`);
    expect(parseCompletion(params, 'http://localhost:4300')).toMatchObject({ ok: true, connection: { url: 'http://app-x.localhost:4300' } });
    expect(parseCompletion(params, 'http://localhost:4301')).toMatchObject({ ok: false });
  });

  it('drops a printer page link that is not http(s), keeping the connection', () => {
    expect(parse({ ...lower, userprinteraccessurl: 'javascript:alert(1)' })).toMatchObject({ ok: true, connection: { userPrinterAccessUrl: undefined } });
  });

  it('keeps the printer page link only on the OctoEverywhere origin, over https', () => {
    for (const link of ['https://evil.example/printer/1', 'http://octoeverywhere.com/printer/1', 'https://octoeverywhere.com.evil.net/printer/1']) {
      expect(parse({ ...lower, userprinteraccessurl: link }), link).toMatchObject({ ok: true, connection: { userPrinterAccessUrl: undefined } });
    }
    expect(parse(lower)).toMatchObject({ connection: { userPrinterAccessUrl: 'https://octoeverywhere.com/printer/1' } });
  });

  it('never echoes a secret in a rejection', () => {
    const result = parse({ ...lower, url: 'ftp://x', appapitoken: 'SECRET-TOKEN', authbasichttppassword: 'SECRET-PW' });
    expect(JSON.stringify(result)).not.toMatch(/SECRET/);
  });

  it('keeps markup in a printer name as plain data', () => {
    expect(parse({ ...lower, printername: '<img src=x onerror=alert(1)>' })).toMatchObject({ connection: { printerName: '<img src=x onerror=alert(1)>' } });
  });
});
