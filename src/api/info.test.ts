import { describe, expect, it } from 'vitest';
import { infoStatus, parseInfo, type ConnectionInfo } from './info';

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
    expect(parseInfo(flat)).toEqual(parsedFlat);
  });

  it('reads the wrapped body real responses send, with the extra nullable limits', () => {
    const limits = { ...flat.PrinterLimits, MaxTotalWebcamStreamTimePerTimeWindowSeconds: null, WebcamStreamTimeWindow: null };
    expect(parseInfo(wrap({ ...flat, PrinterLimits: limits }))).toEqual(parsedFlat);
    const limited = { ...flat.PrinterLimits, MaxTotalWebcamStreamTimePerTimeWindowSeconds: 3600, WebcamStreamTimeWindow: '1.00:00:00' };
    expect(parseInfo(wrap({ ...flat, PrinterLimits: limited }))).toEqual(parsedFlat);
  });

  it('reads IsOnline false', () => {
    expect(parseInfo({ ...flat, IsOnline: false })?.isOnline).toBe(false);
    expect(parseInfo(wrap({ IsOnline: false }))?.isOnline).toBe(false);
  });

  it('ignores unknown fields', () => {
    expect(parseInfo({ ...flat, SomethingNew: { a: 1 }, PrinterLimits: { ...flat.PrinterLimits, NewLimit: 5 } })).toEqual(parsedFlat);
  });

  it('turns missing, null and mistyped fields into null, never an error', () => {
    const sparse = parseInfo({ IsOnline: true });
    expect(sparse).toEqual({
      printerName: null,
      localIp: null,
      isOnline: true,
      lastConnected: null,
      lastDisconnected: null,
      userFacingUrl: null,
      limits: { maxDownloadBytes: null, maxUploadBytes: null, maxWebcamStreamSeconds: null },
    });
    const odd = parseInfo({
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
    expect(parseInfo({ IsOnline: true, PrinterLimits: 'none' })?.limits.maxDownloadBytes).toBeNull();
  });

  it('keeps only http(s) user-facing URLs', () => {
    expect(parseInfo({ ...flat, UserFacingPrinterUrl: 'javascript:alert(1)' })?.userFacingUrl).toBeNull();
    expect(parseInfo({ ...flat, UserFacingPrinterUrl: 'data:text/html,hi' })?.userFacingUrl).toBeNull();
    expect(parseInfo({ ...flat, UserFacingPrinterUrl: 'not a url' })?.userFacingUrl).toBeNull();
    expect(parseInfo({ ...flat, UserFacingPrinterUrl: 'http://localhost:4301/printer/x' })?.userFacingUrl).toBe('http://localhost:4301/printer/x');
  });

  it('returns null without a boolean IsOnline, or for garbage', () => {
    for (const bad of [null, undefined, 'text', 42, [], {}, { IsOnline: 'true' }, wrap(null), wrap({ PrinterName: 'x' })]) {
      expect(parseInfo(bad), JSON.stringify(bad)).toBeNull();
    }
  });

  it('returns null for a wrapper that reports an error', () => {
    expect(parseInfo(wrap(flat, 604))).toBeNull();
    expect(parseInfo({ Status: 605, Error: 'No perks', IsUserError: true })).toBeNull();
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
