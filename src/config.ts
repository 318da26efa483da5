/**
 * The dashboard's configuration, read at build time from `VITE_*` variables and validated once
 * at start-up. Everything else (portal URL, API base, valid App Connection hosts) derives from it.
 */
export interface Config {
  /** The OctoEverywhere origin, e.g. `https://octoeverywhere.com` (no trailing slash). */
  origin: string;
  appId: string;
  /** Display name, also sent as `octoPrintApiKeyAppName`. */
  appName: string;
  /** Same-origin proxy path such as `/oe`, or null to call OctoEverywhere directly. */
  proxyPath: string | null;
  pollIntervalMs: number;
  /**
   * How often an on-screen webcam picture is refreshed. The loader always sets it; configurations
   * written by hand (tests) may leave it out.
   */
  webcamRefreshMs?: number | undefined;
  /** The logo the portal shows; unset means the dashboard's own `logo-200.png`, found at run time. */
  appLogoUrl?: string | undefined;
}

/** How often each connection is checked while the page is visible, unless configured otherwise. */
export const DEFAULT_POLL_INTERVAL_MS = 30_000;

/** `{origin}/appportal/v1/`: where the App Connection Portal starts. */
export function portalStartBase(config: Config): string {
  return `${config.origin}/appportal/v1/`;
}

/** The page that explains Supporter Perks, for a connection answering 605. */
export function supporterPerksUrl(config: Config): string {
  return `${config.origin}/appportal/v1/nosupporterperks?appid=${encodeURIComponent(config.appId)}`;
}
