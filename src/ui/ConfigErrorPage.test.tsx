// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config-schema';
import { ConfigErrorPage } from './ConfigErrorPage';

describe('ConfigErrorPage', () => {
  it('names each wrong variable and what is wrong with it, instead of a blank screen', () => {
    const result = loadConfig({ VITE_OE_ORIGIN: 'http://octoeverywhere.com', VITE_OE_APP_ID: 'bad id!' });
    if (result.ok) throw new Error('the configuration was accepted');
    const root = document.createElement('div');
    render(<ConfigErrorPage problems={result.problems} />, root);
    const text = root.textContent ?? '';
    expect(root.querySelector('h1')?.textContent).toBe('This dashboard is misconfigured');
    expect(text).toContain('VITE_OE_ORIGIN: "http://octoeverywhere.com" must use https');
    expect(text).toContain('VITE_OE_APP_ID: "bad id!" must be 1–64 letters');
  });
});
