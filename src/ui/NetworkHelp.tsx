import { appConfig } from '../app-config';
import { useDashboard } from './use-dashboard';

/**
 * Said once for the page, and only when no printer's check reached OctoEverywhere at all: then the
 * cause is this device or this site, not a printer. How to host the dashboard is the README's
 * business, not the reader's.
 */
export function NetworkHelp() {
  if (!useDashboard().statuses.everyAppApiUnreachable.value) return null;
  const { origin, proxyPath } = appConfig();
  return (
    <div class="banner warning" role="alert">
      <p>
        <strong>Can’t reach OctoEverywhere.</strong> Every request to {proxyPath ? 'OctoEverywhere through this site' : origin}{' '}
        failed before any answer arrived. Either this device is offline, or
        {proxyPath
          ? ' this site is not passing requests on to OctoEverywhere.'
          : ' OctoEverywhere did not allow this page’s cross-origin (CORS) requests, which browsers require.'}{' '}
        If this device is online, whoever hosts this dashboard can fix it (its README, “Hosting”).
      </p>
    </div>
  );
}
