/**
 * Renders public/logo.svg to the 200×200 PNG the portal shows (at 100×100, so 2× for sharp
 * screens) and the manifest lists. Run after editing the SVG: `npx tsx scripts/render-logo.ts`.
 */
import { chromium } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { CHROMIUM_ARGS, browserForThisRun } from '../e2e/support/chromium.ts';

const publicDir = resolve(import.meta.dirname, '../public');
const svg = await readFile(resolve(publicDir, 'logo.svg'), 'utf8');
const { executablePath } = await browserForThisRun();
const browser = await chromium.launch({ args: CHROMIUM_ARGS, ...(executablePath ? { executablePath } : {}) });
const page = await browser.newPage({ viewport: { width: 200, height: 200 } });
await page.setContent(`<body style="margin:0">${svg.replace('<svg ', '<svg width="200" height="200" ')}</body>`);
await page.screenshot({ path: resolve(publicDir, 'logo-200.png'), omitBackground: true, clip: { x: 0, y: 0, width: 200, height: 200 } });
await browser.close();
