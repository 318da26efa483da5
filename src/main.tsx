import { render } from 'preact';
import './ui/base.css';
import './ui/dashboard.css';
import './ui/controls.css';
import { configResult } from './app-config';
import { startDashboard } from './state';
import { App } from './ui/App';
import { ConfigErrorPage } from './ui/ConfigErrorPage';

const root = document.getElementById('app');
if (root) {
  if (configResult.ok) {
    render(<App />, root);
    void startDashboard();
  } else {
    render(<ConfigErrorPage problems={configResult.problems} />, root);
  }
}
