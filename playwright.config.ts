import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, browserForThisRun } from './e2e/support/chromium.ts';
import { APP_ORIGIN, APP_PORT, PROXY_APP_ORIGIN, PROXY_APP_PORT, STUB_ORIGIN, STUB_PORT } from './e2e/support/ports.ts';

const { executablePath } = await browserForThisRun();

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  // One stub, whose settings each test sets: tests run one at a time.
  workers: 1,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    ...devices['Desktop Chrome'],
    baseURL: APP_ORIGIN,
    trace: 'retain-on-failure',
    launchOptions: { args: CHROMIUM_ARGS, ...(executablePath ? { executablePath } : {}) },
  },
  webServer: [
    {
      command: 'npx tsx e2e/stub/main.ts',
      env: { STUB_PORT: String(STUB_PORT) },
      url: `${STUB_ORIGIN}/__control/settings`,
      reuseExistingServer: false,
      stdout: 'ignore',
    },
    {
      command: `npx vite build --outDir dist-e2e --emptyOutDir && npx vite preview --outDir dist-e2e --port ${APP_PORT} --strictPort`,
      env: { VITE_OE_ORIGIN: STUB_ORIGIN, VITE_OE_APP_ID: 'devtest' },
      url: APP_ORIGIN,
      reuseExistingServer: false,
      timeout: 120_000,
    },
    {
      command: `npx vite build --outDir dist-e2e-proxy --emptyOutDir && npx vite preview --outDir dist-e2e-proxy --port ${PROXY_APP_PORT} --strictPort`,
      env: { VITE_OE_ORIGIN: STUB_ORIGIN, VITE_OE_APP_ID: 'devtest', VITE_OE_PROXY_PATH: '/oe' },
      url: PROXY_APP_ORIGIN,
      reuseExistingServer: false,
      timeout: 120_000,
    },
  ],
});
