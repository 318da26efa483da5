import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUDGETS, firstLoadJs } from './first-load.ts';

/** Byte budgets, enforced on a production build: see first-load.ts for what counts. */
let outDir = '';

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'oe-budget-'));
  // The production configuration: no VITE_* overrides from the test environment.
  for (const name of Object.keys(process.env)) if (name.startsWith('VITE_')) delete process.env[name];
  // Vitest runs with NODE_ENV=test, which would pull in Preact's devtools; build as production does.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ mode: 'production', logLevel: 'silent', build: { outDir, emptyOutDir: true } });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
}, 120_000);

afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('byte budgets', () => {
  for (const [page, budget] of Object.entries(BUDGETS)) {
    it(`${page} loads at most ${budget / 1000} kB of gzipped JavaScript before it is interactive`, () => {
      const { files, total } = firstLoadJs(outDir, page);
      expect(files.length).toBeGreaterThan(0);
      console.log(
        [`${page}: ${total} B gzipped (budget ${budget} B)`, ...files.map((file) => `  ${String(file.bytes).padStart(6)} B  ${file.name}`)].join('\n'),
      );
      expect(total).toBeLessThanOrEqual(budget);
    });
  }

  it('loads the dashboard as one script: views loaded later (the webcam) split nothing off it', () => {
    expect(firstLoadJs(outDir, 'index.html').files.map((file) => file.name)).toEqual([expect.stringMatching(/^assets\/dashboard-[\w-]+\.js$/)]);
  });

  it('counts the callback page inline script and its fallback loader', () => {
    const { files } = firstLoadJs(outDir, 'callback.html');
    expect(files.map((file) => file.name)).toEqual(['(inline in callback.html)', expect.stringMatching(/^assets\/callback-fallback-\w+\.js$/)]);
    expect(files[0]!.bytes).toBeGreaterThan(2_000);
  });
});
