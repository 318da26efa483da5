import { portalStartBase, type Config } from '../config';
import { ATTEMPT_PARAM } from './nonce';

export interface StartUrlOptions {
  /** The callback page on the dashboard's own origin, carrying the attempt nonce. */
  returnUrl: string;
  /** Preselects (and if needed adds) this OctoEverywhere printer: used by Reconnect. */
  printerId?: string | undefined;
  /** The logo the portal shows at 100×100; default: the configured one, else this dashboard's own. */
  appLogoUrl?: string | undefined;
  /** Asks the portal to create an OctoPrint API key; null asks for none. Defaults to the app name. */
  octoPrintApiKeyAppName?: string | null;
}

/** In `public/`: 200×200, so it stays sharp at the portal's 100×100 on a high-density screen. */
export const DEFAULT_LOGO = 'logo-200.png';

/** `{origin}/appportal/v1/?appid=…&returnUrl=…`, every value URL-encoded. */
export function buildStartUrl(config: Config, options: StartUrlOptions): string {
  const params = new URLSearchParams({ appid: config.appId, returnUrl: options.returnUrl });
  if (options.printerId) params.set('printerId', options.printerId);
  // The callback page sits beside index.html, and so does the logo: resolving against it finds the
  // logo wherever the dashboard is hosted, under any path.
  params.set('appLogoUrl', options.appLogoUrl ?? config.appLogoUrl ?? new URL(DEFAULT_LOGO, options.returnUrl).href);
  const keyName = options.octoPrintApiKeyAppName === undefined ? config.appName : options.octoPrintApiKeyAppName;
  if (keyName !== null) {
    if (keyName.length < 2 || keyName.length > 60) {
      throw new RangeError('octoPrintApiKeyAppName must be 2–60 characters');
    }
    params.set('octoPrintApiKeyAppName', keyName);
  }
  return `${portalStartBase(config)}?${params.toString()}`;
}

/** The callback page's address for one attempt. `dashboardUrl` is the dashboard's base URL. */
export function buildReturnUrl(dashboardUrl: string, nonce: string): string {
  const url = new URL('callback.html', dashboardUrl);
  url.search = new URLSearchParams({ [ATTEMPT_PARAM]: nonce }).toString();
  return url.href;
}
