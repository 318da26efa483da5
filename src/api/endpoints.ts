import type { Config } from '../config';

/**
 * Where requests go. Direct mode calls OctoEverywhere and the App Connection host themselves
 * (needs CORS answers from them); proxy mode sends everything to this dashboard's own origin under
 * `config.proxyPath`, where `scripts/oe-proxy.ts` (or the host's reverse proxy) forwards it.
 */

/** An App API URL, e.g. `appApiUrl(config, '/api/appconnection/info', location.origin)`. */
export function appApiUrl(config: Config, path: string, dashboardOrigin: string): string {
  return config.proxyPath ? `${dashboardOrigin}${config.proxyPath}${path}` : `${config.origin}${path}`;
}

/** A URL through an App Connection's relay; the proxy form carries the relay host as a path segment. */
export function relayUrl(config: Config, connectionUrl: string, path: string, dashboardOrigin: string): string {
  if (!config.proxyPath) return `${connectionUrl.replace(/\/+$/, '')}${path}`;
  return `${dashboardOrigin}${config.proxyPath}/relay/${new URL(connectionUrl).host}${path}`;
}
