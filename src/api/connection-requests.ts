import type { Config } from '../config';
import type { Connection } from '../model';
import { appApiUrl, relayUrl } from './endpoints';
import { requestJson, type JsonResponse, type RequestDeps } from './http';
import { relayHeaders } from './relay-headers';

/** What every request about one connection needs: the fetch, one deadline, and where proxy URLs start. */
export interface ConnectionRequestDeps extends RequestDeps {
  /** `location.origin`: the base of proxy-mode URLs. */
  dashboardOrigin: string;
}

const JSON_ACCEPT = { Accept: 'application/json' };

/** GET an App API path with the connection's AppToken, and nothing else of its secrets. */
export function getAppApi(connection: Connection, config: Config, path: string, deps: ConnectionRequestDeps): Promise<JsonResponse> {
  const headers = { ...JSON_ACCEPT, AppToken: connection.secrets.appApiToken };
  return requestJson(appApiUrl(config, path, deps.dashboardOrigin), { method: 'GET', headers }, deps);
}

/** GET a path through the App Connection URL with its credentials, and never the AppToken. */
export function getRelay(connection: Connection, config: Config, path: string, deps: ConnectionRequestDeps): Promise<JsonResponse> {
  const headers = { ...JSON_ACCEPT, ...relayHeaders(connection.secrets) };
  return requestJson(relayUrl(config, connection.url, path, deps.dashboardOrigin), { method: 'GET', headers }, deps);
}
