import { appConfig } from '../app-config';
import { anyUnreachable } from '../state';

/** Said once for the page, not on every card: why requests fail at the network level, and the fix. */
export function NetworkHelp() {
  if (!anyUnreachable.value) return null;
  const { origin, proxyPath } = appConfig();
  return (
    <div class="banner warning" role="alert">
      <p>
        <strong>Can’t reach OctoEverywhere.</strong> Requests to {proxyPath ? `this site’s proxy at ${proxyPath}` : origin} fail
        before any answer arrives. Either this device is offline, or
        {proxyPath
          ? ' the proxy is not forwarding to OctoEverywhere.'
          : ' OctoEverywhere did not allow this page’s cross-origin (CORS) request, which browsers require.'}
      </p>
      {!proxyPath && (
        <p>
          To host the dashboard without relying on CORS, build it with <code>VITE_OE_PROXY_PATH=/oe</code> and serve a
          same-origin proxy at that path (see the README, “Hosting”).
        </p>
      )}
    </div>
  );
}
