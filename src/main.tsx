import { render } from 'preact';
import './ui/base.css';
import './ui/dashboard.css';
import './ui/controls.css';
import { configResult } from './app-config';
import { startDashboard } from './state';
import { App } from './ui/App';

const root = document.getElementById('app');
if (root) {
  if (configResult.ok) {
    render(<App />, root);
    void startDashboard();
  } else {
    // Only a misconfigured build shows it: its code stays out of every working page's first load.
    const { problems } = configResult;
    void import('./ui/ConfigErrorPage').then(({ ConfigErrorPage }) => render(<ConfigErrorPage problems={problems} />, root));
  }
}
