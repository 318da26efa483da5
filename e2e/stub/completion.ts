// What the portal hands out: a new connection, and the completion URL that carries it to returnUrl.
import { alnum, hex } from './random';
import { defaultPrinter } from './printer-sim';
import { defaultGadget, type StubContext } from './state';
import type { AppendMode, KeySpelling, StubConnection, StubPrinter, StubSettings } from './types';
import { defaultWebcamSettings } from './webcam';

/** The account's printers; a printerId not on the account is added, as the real portal does. */
export function resolvePrinters(settings: StubSettings, printerId: string | undefined): StubPrinter[] {
  const printers = settings.printers.slice();
  if (printerId && !printers.some((p) => p.id === printerId)) printers.push({ id: printerId, name: `Printer ${printerId}` });
  return printers;
}

export function createConnection(
  ctx: StubContext,
  opts: { appId: string; printer: StubPrinter; printerIndex: number; wantsApiKey: boolean },
): StubConnection {
  const { settings } = ctx.state;
  const id = hex(20);
  const basic = settings.credentials === 'basic' || settings.credentials === 'both';
  const bearer = settings.credentials === 'bearer' || settings.credentials === 'both';
  const connection: StubConnection = {
    id,
    // The real rule is "a subdomain of the origin, same scheme": the stub's origin is http.
    url: `http://app-${id}.localhost:${ctx.port}`,
    appApiToken: hex(32),
    appId: opts.appId,
    printerId: opts.printer.id,
    printerName: opts.printer.name,
    printerLastKnownLocalIp: `192.168.1.${10 + (opts.printerIndex % 240)}`,
    userPrinterAccessUrl: `${ctx.origin}/printer/${encodeURIComponent(opts.printer.id)}`,
    authBasicHttpUser: basic ? `oe-${hex(8)}` : null,
    authBasicHttpPassword: basic ? alnum(24) : null,
    authBearerToken: bearer ? alnum(40) : null,
    octoPrintApiKey: opts.wantsApiKey && settings.octoPrintApiKey ? hex(32).toUpperCase() : null,
    createdAt: Date.now(),
    fate: 'online',
    delayMs: 0,
    gadget: defaultGadget(),
    printer: defaultPrinter(opts.printer.platform),
    webcam: defaultWebcamSettings(),
  };
  ctx.state.connections.set(id, connection);
  return connection;
}

const KEYS = {
  lower: {
    appApiToken: 'appapitoken',
    userPrinterAccessUrl: 'userprinteraccessurl',
    printerLastKnownLocalIp: 'printerlastknownlocalip',
    authBasicHttpUser: 'authbasichttpuser',
    authBasicHttpPassword: 'authbasichttppassword',
    authBearerToken: 'authbearertoken',
    octoPrintApiKey: 'octoprintapikey',
  },
  camel: {
    appApiToken: 'appApiToken',
    userPrinterAccessUrl: 'userPrinterAccessUrl',
    printerLastKnownLocalIp: 'printerLastKnownLocalIp',
    authBasicHttpUser: 'authBasicHttpUser',
    authBasicHttpPassword: 'authBasicHttpPassword',
    authBearerToken: 'authBearerToken',
    octoPrintApiKey: 'octoPrintApiKey',
  },
} as const satisfies Record<KeySpelling, Record<string, string>>;

/** The success completion's parameters; absent values are left out. `printername` is lower case in every spelling. */
export function successParams(c: StubConnection, settings: StubSettings): URLSearchParams {
  const k = KEYS[settings.keySpelling];
  const params = new URLSearchParams();
  const add = (key: string, value: string | null) => {
    if (value !== null) params.append(key, value);
  };
  add('success', 'true');
  add('id', c.id);
  add('url', settings.urlOverride ?? c.url);
  add(k.appApiToken, c.appApiToken);
  add('printername', c.printerName);
  add(k.userPrinterAccessUrl, c.userPrinterAccessUrl);
  add(k.printerLastKnownLocalIp, c.printerLastKnownLocalIp);
  add(k.authBasicHttpUser, c.authBasicHttpUser);
  add(k.authBasicHttpPassword, c.authBasicHttpPassword);
  add(k.authBearerToken, c.authBearerToken);
  add(k.octoPrintApiKey, c.octoPrintApiKey);
  return params;
}

export function failureParams(): URLSearchParams {
  return new URLSearchParams({ success: 'false' });
}

/** returnUrl with the completion (and settings.extraParams after it) appended per settings.appendMode. */
export function completionUrl(returnUrl: string, params: URLSearchParams, settings: StubSettings): string {
  const all = new URLSearchParams(params);
  for (const [key, value] of Object.entries(settings.extraParams)) all.append(key, value);
  return appendCompletion(returnUrl, all.toString(), settings.appendMode);
}

export function appendCompletion(returnUrl: string, query: string, mode: AppendMode): string {
  const hashAt = returnUrl.indexOf('#');
  const base = hashAt < 0 ? returnUrl : returnUrl.slice(0, hashAt);
  const fragment = hashAt < 0 ? '' : returnUrl.slice(hashAt);
  switch (mode) {
    case 'query': {
      const sep = !base.includes('?') ? '?' : /[?&]$/.test(base) ? '' : '&';
      return base + sep + query + fragment;
    }
    case 'question':
      // Always '?', even after an existing query: the callback must cope with a second '?'.
      return base + '?' + query + fragment;
    case 'fragment':
      if (!fragment) return returnUrl + '#' + query;
      return returnUrl + (/[#&]$/.test(returnUrl) ? '' : '&') + query;
  }
}
