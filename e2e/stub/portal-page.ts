// HTML of the portal's pages. Every interpolated value goes through escapeHtml: names may hold markup.
import { escapeHtml as e } from './http-util';
import type { StubPrinter } from './types';

const STYLE = `
body { font-family: system-ui, sans-serif; max-width: 36rem; margin: 2rem auto; padding: 0 1rem; color: #1b1b1b; }
h1 { font-size: 1.5rem; }
fieldset { border: 1px solid #bbb; border-radius: 6px; margin: 1rem 0; }
label { display: block; padding: .25rem 0; }
button { font-size: 1rem; padding: .5rem 1rem; margin-right: .5rem; }
.error { color: #a00000; }
`;

export function layout(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(title)}</title>
<style>${STYLE}</style>
</head>
<body>
${body}
</body>
</html>
`;
}

export function errorPage(title: string, message: string): string {
  return layout(title, `<h1>${e(title)}</h1>\n<p class="error">${e(message)}</p>`);
}

export function portalPage(opts: {
  appId: string;
  params: URLSearchParams;
  printers: StubPrinter[];
  selectedId: string;
  apiKeyAppName: string | undefined;
}): string {
  const hidden = [...opts.params]
    .map(([name, value]) => `<input type="hidden" name="${e(name)}" value="${e(value)}">`)
    .join('\n');
  const radios = opts.printers
    .map((p) => {
      const checked = p.id === opts.selectedId ? ' checked' : '';
      return `<label><input type="radio" name="printer" value="${e(p.id)}"${checked}> ${e(p.name)}</label>`;
    })
    .join('\n');
  const keyNote = opts.apiKeyAppName
    ? `<p>It also asks for an OctoPrint API key named <strong>${e(opts.apiKeyAppName)}</strong>.</p>`
    : '';
  // As the real portal: the app's logo at 100×100, and its name (here the key app name, else its id).
  const logo = appLogo(opts.params);
  const logoImg = logo ? `<img class="app-logo" src="${e(logo)}" width="100" height="100" alt="${e(opts.apiKeyAppName ?? opts.appId)} logo">\n` : '';
  const body = `<h1>OctoEverywhere App Connection</h1>
${logoImg}<p><strong class="app-name">${e(opts.apiKeyAppName ?? opts.appId)}</strong> (app id <span class="app-id">${e(opts.appId)}</span>) asks for remote access to one of your printers.</p>
${keyNote}
<form method="post" action="/appportal/v1/authorize">
${hidden}
<fieldset>
<legend>Choose a printer</legend>
${radios}
</fieldset>
<button type="submit" name="decision" value="authorize">Authorize</button>
<button type="submit" name="decision" value="decline">Decline</button>
</form>`;
  return layout('OctoEverywhere App Connection', body);
}

/** The `appLogoUrl` parameter (any case), when it is an absolute http(s) URL. */
function appLogo(params: URLSearchParams): string | undefined {
  const raw = [...params].find(([name]) => name.toLowerCase() === 'applogourl')?.[1];
  if (!raw) return undefined;
  try {
    const url = new URL(raw);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

export function completePage(): string {
  return layout(
    'App Connection complete',
    '<h1>App Connection complete</h1>\n<p>You can close this window and go back to the app.</p>',
  );
}

export function noSupporterPerksPage(appId: string): string {
  return layout(
    'Supporter Perks required',
    `<h1>Supporter Perks required</h1>
<p>The printer's owner needs OctoEverywhere Supporter Perks to use <strong class="app-id">${e(appId)}</strong>.
The App Connection works again as soon as they have them.</p>`,
  );
}

export function printerPage(printer: StubPrinter | undefined, printerId: string): string {
  const name = printer ? printer.name : printerId;
  return layout(`Printer ${name}`, `<h1>${e(name)}</h1>\n<p>The OctoEverywhere page of this printer (stub).</p>`);
}
