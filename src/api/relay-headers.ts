import { authorizationHeader, type Secrets } from '../model';

/**
 * The headers of every request through an App Connection URL (what check.ts sends too):
 * `Authorization` always, and the OctoPrint key as `X-Api-Key` when there is one, since OctoPrint
 * reads X-Api-Key before Authorization and would take a relayed Bearer token for a bad key.
 * Never send these to the App API URL, nor the AppToken to the relay.
 */
export function relayHeaders(secrets: Secrets): Record<string, string> {
  const headers: Record<string, string> = { Authorization: authorizationHeader(secrets) };
  if (secrets.octoPrintApiKey) headers['X-Api-Key'] = secrets.octoPrintApiKey;
  return headers;
}
