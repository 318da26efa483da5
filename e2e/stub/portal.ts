// The App Connection Portal: start page, authorize/decline, and the small pages it links to.
import { completionUrl, createConnection, failureParams, resolvePrinters, successParams } from './completion';
import { lowerParams, readBody, redirect, sendHtml, type Req, type Res } from './http-util';
import { completePage, errorPage, noSupporterPerksPage, portalPage, printerPage } from './portal-page';
import type { StubContext } from './state';
import type { StubPrinter } from './types';

interface PortalRequest {
  appId: string;
  returnUrl: string;
  printerId: string | undefined;
  apiKeyAppName: string | undefined;
}

/** Validates the portal's parameters (names already lower-cased); a string is the error to show. */
function parsePortalRequest(ctx: StubContext, p: Map<string, string>): PortalRequest | string {
  const appId = p.get('appid')?.trim();
  if (!appId) return 'The appid parameter is required.';
  const returnUrl = p.get('returnurl') || `${ctx.origin}/appportal/v1/complete`;
  let parsed: URL;
  try {
    parsed = new URL(returnUrl);
  } catch {
    return 'The returnUrl parameter is not a valid absolute URL.';
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return 'The returnUrl parameter must be an http or https URL.';
  const apiKeyAppName = p.get('octoprintapikeyappname') || undefined;
  if (apiKeyAppName !== undefined && (apiKeyAppName.length < 2 || apiKeyAppName.length > 60)) {
    return 'The octoPrintApiKeyAppName parameter must be 2 to 60 characters long.';
  }
  return { appId, returnUrl, printerId: p.get('printerid') || undefined, apiKeyAppName };
}

function authorize(ctx: StubContext, res: Res, pr: PortalRequest, printers: StubPrinter[], printer: StubPrinter): void {
  const connection = createConnection(ctx, {
    appId: pr.appId,
    printer,
    printerIndex: printers.indexOf(printer),
    wantsApiKey: pr.apiKeyAppName !== undefined,
  });
  redirect(res, completionUrl(pr.returnUrl, successParams(connection, ctx.state.settings), ctx.state.settings));
}

function decline(ctx: StubContext, res: Res, pr: PortalRequest): void {
  redirect(res, completionUrl(pr.returnUrl, failureParams(), ctx.state.settings));
}

function startPortal(ctx: StubContext, res: Res, url: URL): void {
  const pr = parsePortalRequest(ctx, lowerParams(url.searchParams));
  if (typeof pr === 'string') return sendHtml(res, 400, errorPage('Bad App Connection request', pr));
  const printers = resolvePrinters(ctx.state.settings, pr.printerId);
  const selected = printers.find((p) => p.id === pr.printerId) ?? printers[0];
  if (!selected) return sendHtml(res, 500, errorPage('No printers', 'This account has no printers.'));
  const outcome = ctx.state.settings.portalOutcome;
  if (outcome === 'authorize') return authorize(ctx, res, pr, printers, selected);
  if (outcome === 'decline') return decline(ctx, res, pr);
  sendHtml(
    res,
    200,
    portalPage({ appId: pr.appId, params: url.searchParams, printers, selectedId: selected.id, apiKeyAppName: pr.apiKeyAppName }),
  );
}

async function submitPortal(ctx: StubContext, req: Req, res: Res): Promise<void> {
  const form = lowerParams(new URLSearchParams(await readBody(req)));
  const pr = parsePortalRequest(ctx, form);
  if (typeof pr === 'string') return sendHtml(res, 400, errorPage('Bad App Connection request', pr));
  const decision = form.get('decision');
  if (decision === 'decline') return decline(ctx, res, pr);
  if (decision !== 'authorize') return sendHtml(res, 400, errorPage('Bad App Connection request', 'Choose Authorize or Decline.'));
  const printers = resolvePrinters(ctx.state.settings, pr.printerId);
  const printer = printers.find((p) => p.id === form.get('printer'));
  if (!printer) return sendHtml(res, 400, errorPage('Bad App Connection request', 'Choose one of your printers.'));
  authorize(ctx, res, pr, printers, printer);
}

/** Answers portal routes; returns false when the path is not one of them. */
export async function handlePortal(ctx: StubContext, req: Req, res: Res, url: URL): Promise<boolean> {
  const path = url.pathname;
  const route =
    path === '/appportal/v1/' || path === '/appportal/v1'
      ? 'start'
      : path === '/appportal/v1/authorize'
        ? 'authorize'
        : path === '/appportal/v1/complete'
          ? 'complete'
          : path === '/appportal/v1/nosupporterperks'
            ? 'perks'
            : path.startsWith('/printer/')
              ? 'printer'
              : null;
  if (!route) return false;
  // COOP on every portal answer, redirects included: it is what severs window.opener.
  if (ctx.state.settings.coop) res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  const wanted = route === 'authorize' ? 'POST' : 'GET';
  if (req.method !== wanted && !(wanted === 'GET' && req.method === 'HEAD')) {
    res.setHeader('Allow', wanted);
    sendHtml(res, 405, errorPage('Method not allowed', `Use ${wanted} for this page.`));
    return true;
  }
  switch (route) {
    case 'start':
      startPortal(ctx, res, url);
      break;
    case 'authorize':
      await submitPortal(ctx, req, res);
      break;
    case 'complete':
      sendHtml(res, 200, completePage());
      break;
    case 'perks':
      sendHtml(res, 200, noSupporterPerksPage(lowerParams(url.searchParams).get('appid') ?? ''));
      break;
    case 'printer': {
      const id = decodeURIComponent(path.slice('/printer/'.length));
      sendHtml(res, 200, printerPage(ctx.state.settings.printers.find((p) => p.id === id), id));
      break;
    }
  }
  return true;
}
