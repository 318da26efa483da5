import type { Config } from '../config';
import { isObject } from '../guards';
import { authorizationHeader, type Connection } from '../model';
import { relayUrl } from './endpoints';
import { NetworkError, requestJson, TimeoutError, type RequestDeps } from './http';

/**
 * The printer's OctoEverywhere plugin reports which OctoEverywhere printer it is at
 * `GET /api/plugin/octoeverywhere` → `{"PluginVersion": …, "PrinterId": …}`, through a working App
 * Connection. Reconnect passes that id to the portal, so the portal preselects this printer.
 */
export const PLUGIN_INFO_PATH = '/api/plugin/octoeverywhere';

/** Printer ids go into the portal's URL: accept only the plain shape ids have. */
const PRINTER_ID = /^[A-Za-z0-9_-]{1,128}$/;

/** The printer id from the plugin's answer, or null when the answer has none usable. */
export function readPrinterId(json: unknown): string | null {
  if (!isObject(json)) return null;
  const entry = Object.entries(json).find(([key]) => key.toLowerCase() === 'printerid');
  const value = entry?.[1];
  return typeof value === 'string' && PRINTER_ID.test(value.trim()) ? value.trim() : null;
}

/**
 * Asks the plugin for its printer id. Null when it cannot say: no answer, an error status (an
 * OctoPrint without a key says 403), a host that is not OctoPrint, or an odd body. Rejects only
 * when `deps.signal` aborts.
 */
export async function fetchPrinterId(
  connection: Connection,
  config: Config,
  deps: RequestDeps & { dashboardOrigin: string },
): Promise<string | null> {
  const { secrets } = connection;
  const headers: Record<string, string> = { Accept: 'application/json', Authorization: authorizationHeader(secrets) };
  if (secrets.octoPrintApiKey) headers['X-Api-Key'] = secrets.octoPrintApiKey;
  try {
    const answer = await requestJson(relayUrl(config, connection.url, PLUGIN_INFO_PATH, deps.dashboardOrigin), { method: 'GET', headers }, deps);
    return answer.status === 200 ? readPrinterId(answer.json) : null;
  } catch (error) {
    if (error instanceof NetworkError || error instanceof TimeoutError) return null;
    throw error;
  }
}
