import { render } from 'preact';
import './ui/base.css';
import './ui/dashboard.css';
import './ui/controls.css';
import { configResult } from './app-config';
import { createDashboard } from './state/dashboard';
import { App } from './ui/App';
import { DashboardContext } from './ui/use-dashboard';

const root = document.getElementById('app');
if (root) {
  if (configResult.ok) {
    const dashboard = createDashboard();
    render(
      <DashboardContext.Provider value={dashboard}>
        <App />
      </DashboardContext.Provider>,
      root,
    );
    void dashboard.start();
    // The page's one teardown: a page that goes for good (not into the back/forward cache) lets go
    // of its channels, locks and timers at once, so another tab takes the lead without waiting.
    addEventListener('pagehide', (event) => {
      if (!event.persisted) dashboard.dispose();
    });
    import.meta.hot?.dispose(() => dashboard.dispose());
  } else {
    // Only a misconfigured build shows it: its code stays out of every working page's first load.
    const { problems } = configResult;
    void import('./ui/ConfigErrorPage').then(({ ConfigErrorPage }) => render(<ConfigErrorPage problems={problems} />, root));
  }
}
