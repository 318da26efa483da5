import { describe, expect, it } from 'vitest';
import { infoStatus, parseInfo, type ConnectionInfo } from './info';

const ORIGIN = 'https://octoeverywhere.com';
const parse = (json: unknown) => parseInfo(json, ORIGIN);
const MB = 1024 * 1024;
const flat = {
  PrinterName: 'Prusa',
  PrinterLocalIp: '192.168.1.20',
  IsOnline: true,
  LastDisconnectTimeUtc: '2024-05-01T10:00:00Z',
  LastConnectionTimeUtc: '2024-05-01T11:00:00Z',
  UserFacingPrinterUrl: 'https://octoeverywhere.com/printer/abc',
  PrinterLimits: { MaxDownloadFileSizeBytes: 250 * MB, MaxUploadFileSizeBytes: 100 * MB, MaxSingleWebcamStreamLengthSeconds: 300 },
};
const parsedFlat: ConnectionInfo = {
  printerName: 'Prusa',
  localIp: '192.168.1.20',
  isOnline: true,
  lastConnected: '2024-05-01T11:00:00Z',
  lastDisconnected: '2024-05-01T10:00:00Z',
  userFacingUrl: 'https://octoeverywhere.com/printer/abc',
  limits: { maxDownloadBytes: 250 * MB, maxUploadBytes: 100 * MB, maxWebcamStreamSeconds: 300 },
};
const wrap = (result: unknown, status = 200) => ({ Status: status, Error: '', IsUserError: false, Result: result });

describe('parseInfo', () => {
  it('reads the flat body of the current docs', () => {
    expect(parse(flat)).toEqual(parsedFlat);
  });

  it('reads the wrapped body real responses send, with the extra nullable limits', () => {
    const limits = { ...flat.PrinterLimits, MaxTotalWebcamStreamTimePerTimeWindowSeconds: null, WebcamStreamTimeWindow: null };
    expect(parse(wrap({ ...flat, PrinterLimits: limits }))).toEqual(parsedFlat);
    const limited = { ...flat.PrinterLimits, MaxTotalWebcamStreamTimePerTimeWindowSeconds: 3600, WebcamStreamTimeWindow: '1.00:00:00' };
    expect(parse(wrap({ ...flat, PrinterLimits: limited }))).toEqual(parsedFlat);
  });

  it('reads IsOnline false', () => {
    expect(parse({ ...flat, IsOnline: false })?.isOnline).toBe(false);
    expect(parse(wrap({ IsOnline: false }))?.isOnline).toBe(false);
  });

  it('ignores unknown fields', () => {
    expect(parse({ ...flat, SomethingNew: { a: 1 }, PrinterLimits: { ...flat.PrinterLimits, NewLimit: 5 } })).toEqual(parsedFlat);
  });

  it('turns missing, null and mistyped fields into null, never an error', () => {
    const sparse = parse({ IsOnline: true });
    expect(sparse).toEqual({
      printerName: null,
      localIp: null,
      isOnline: true,
      lastConnected: null,
      lastDisconnected: null,
      userFacingUrl: null,
      limits: { maxDownloadBytes: null, maxUploadBytes: null, maxWebcamStreamSeconds: null },
    });
    const odd = parse({
      IsOnline: true,
      PrinterName: 42,
      PrinterLocalIp: null,
      LastConnectionTimeUtc: '',
      PrinterLimits: { MaxDownloadFileSizeBytes: 'lots', MaxUploadFileSizeBytes: -1, MaxSingleWebcamStreamLengthSeconds: null },
    });
    expect(odd?.printerName).toBeNull();
    expect(odd?.localIp).toBeNull();
    expect(odd?.lastConnected).toBeNull();
    expect(odd?.limits).toEqual({ maxDownloadBytes: null, maxUploadBytes: null, maxWebcamStreamSeconds: null });
    expect(parse({ IsOnline: true, PrinterLimits: 'none' })?.limits.maxDownloadBytes).toBeNull();
  });

  it('keeps the printer page link only when it is on the OctoEverywhere origin', () => {
    const link = (url: string, origin = ORIGIN) => parseInfo({ ...flat, UserFacingPrinterUrl: url }, origin)?.userFacingUrl;
    expect(link('https://octoeverywhere.com/printer/abc')).toBe('https://octoeverywhere.com/printer/abc');
    expect(link('https://app-x.octoeverywhere.com/')).toBe('https://app-x.octoeverywhere.com/');
    for (const bad of ['javascript:alert(1)', 'data:text/html,hi', 'not a url', 'https://evil.example/login', 'http://octoeverywhere.com/printer/abc', 'https://octoeverywhere.com.evil.net/', 'https://octoeverywhere.com:8443/']) {
      expect(link(bad), bad).toBeNull();
    }
    // The local stub's origin is http: the same scheme as the origin is what counts.
    expect(link('http://localhost:4301/printer/x', 'http://localhost:4301')).toBe('http://localhost:4301/printer/x');
    expect(link('http://localhost:4301/printer/x')).toBeNull();
  });

  it('returns null without a boolean IsOnline, or for garbage', () => {
    for (const bad of [null, undefined, 'text', 42, [], {}, { IsOnline: 'true' }, wrap(null), wrap({ PrinterName: 'x' })]) {
      expect(parse(bad), JSON.stringify(bad)).toBeNull();
    }
  });

  it('returns null for a wrapper that reports an error', () => {
    expect(parse(wrap(flat, 604))).toBeNull();
    expect(parse({ Status: 605, Error: 'No perks', IsUserError: true })).toBeNull();
  });
});

describe('infoStatus', () => {
  it('keeps the HTTP status when it is not 200', () => {
    expect(infoStatus(604, { Status: 604, Error: 'x' })).toBe(604);
    expect(infoStatus(500, 'Internal Server Error')).toBe(500);
    expect(infoStatus(605, wrap(flat, 200))).toBe(605);
  });
  it('lets a wrapper inside a 200 decide', () => {
    expect(infoStatus(200, wrap(flat, 603))).toBe(603);
    expect(infoStatus(200, { Status: 605, Error: 'No perks', IsUserError: true })).toBe(605);
    expect(infoStatus(200, wrap(flat))).toBe(200);
  });
  it('keeps 200 for a flat body or garbage', () => {
    expect(infoStatus(200, flat)).toBe(200);
    expect(infoStatus(200, null)).toBe(200);
    expect(infoStatus(200, { Status: 'bad', Result: flat })).toBe(200);
    expect(infoStatus(200, { Status: 6.5 })).toBe(200);
  });
});
