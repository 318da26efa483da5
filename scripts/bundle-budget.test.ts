import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * Byte budgets, enforced: the JavaScript each page loads before it is interactive (its entry and
 * the chunks its HTML preloads), gzipped at level 9. Lazy chunks (status checks, the zod schemas)
 * are not counted: the page works before they arrive. kB here is 1000 bytes.
 */
const BUDGETS = { 'index.html': 20_000, 'callback.html': 5_000 } as const;

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

/** The scripts a page loads up front: its module entry and every modulepreload. */
function initialScripts(page: string): string[] {
  const html = readFileSync(join(outDir, page), 'utf8');
  const refs = [...html.matchAll(/<script[^>]+src="([^"]+)"|<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g)];
  return refs.map((match) => (match[1] ?? match[2] ?? '').replace(/^\//, ''));
}

describe('byte budgets', () => {
  for (const [page, budget] of Object.entries(BUDGETS)) {
    it(`${page} loads at most ${budget / 1000} kB of gzipped JavaScript before it is interactive`, () => {
      const files = initialScripts(page);
      expect(files.length).toBeGreaterThan(0);
      const rows = files.map((file) => ({ file, bytes: gzipSync(readFileSync(join(outDir, file)), { level: 9 }).length }));
      const total = rows.reduce((sum, row) => sum + row.bytes, 0);
      console.log(
        [`${page}: ${total} B gzipped (budget ${budget} B)`, ...rows.map((row) => `  ${String(row.bytes).padStart(6)} B  ${row.file}`)].join('\n'),
      );
      expect(total).toBeLessThanOrEqual(budget);
    });
  }
});
