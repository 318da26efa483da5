import { describe, expect, it } from 'vitest';
import { chooseChromium } from './chromium.ts';

function probes(installed: string[], playwright?: string) {
  return {
    exists: (path: string) => installed.includes(path),
    playwrightExecutable: async () => playwright,
    packagedExecutable: async () => '/tmp/chromium',
  };
}

describe('chooseChromium', () => {
  it('takes CHROMIUM_PATH first', async () => {
    const chosen = await chooseChromium({ CHROMIUM_PATH: '/opt/c' }, probes(['/usr/bin/chromium']));
    expect(chosen).toMatchObject({ source: 'CHROMIUM_PATH', executablePath: '/opt/c' });
  });

  it('then a system Chromium', async () => {
    const chosen = await chooseChromium({}, probes(['/usr/bin/chromium', '/pw/chrome'], '/pw/chrome'));
    expect(chosen).toMatchObject({ source: 'system', executablePath: '/usr/bin/chromium' });
  });

  it("then Playwright's own browser, only when it is downloaded", async () => {
    expect(await chooseChromium({}, probes(['/pw/chrome'], '/pw/chrome'))).toMatchObject({ source: 'playwright', executablePath: undefined });
    expect(await chooseChromium({}, probes([], '/pw/chrome'))).toMatchObject({ source: 'packaged' });
  });

  it('falls back to the packaged Chromium and says why', async () => {
    const chosen = await chooseChromium({}, probes([]));
    expect(chosen.source).toBe('packaged');
    expect(chosen.executablePath).toBe('/tmp/chromium');
    expect(chosen.why).toContain('no CHROMIUM_PATH');
  });

  it('E2E_BROWSER=packaged skips every installed browser', async () => {
    const chosen = await chooseChromium({ E2E_BROWSER: 'packaged', CHROMIUM_PATH: '/opt/c' }, probes(['/usr/bin/chromium']));
    expect(chosen.source).toBe('packaged');
    expect(chosen.why).toContain('E2E_BROWSER=packaged');
  });
});
