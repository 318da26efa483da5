import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OLDEST_BROWSERS } from './browser-support.ts';

/**
 * The README promises Chrome and Edge 98, Firefox 98 and Safari 15.4. The build rewrites newer
 * syntax; newer APIs it cannot rewrite, so this keeps the common ones out of the app's source.
 * Each entry names the first versions that have the feature.
 */
const TOO_NEW: Array<[RegExp, string]> = [
  [/AbortSignal\.any\b/, 'AbortSignal.any (Chrome 116, Firefox 124, Safari 17.4)'],
  [/AbortSignal\.timeout\b/, 'AbortSignal.timeout (Chrome 103, Firefox 100, Safari 16)'],
  [/\.throwIfAborted\(/, 'AbortSignal.throwIfAborted (Chrome 100)'],
  [/\.findLast(Index)?\(/, 'Array.findLast (Firefox 104)'],
  [/\.to(Sorted|Reversed|Spliced)\(/, 'Array.toSorted and friends (Chrome 110, Firefox 115, Safari 16)'],
  [/Promise\.withResolvers/, 'Promise.withResolvers (Chrome 119, Safari 17.4)'],
  [/\b(Object|Map)\.groupBy/, 'Object.groupBy (Chrome 117, Safari 17.4)'],
  [/Array\.fromAsync/, 'Array.fromAsync (Chrome 121)'],
  [/URL\.(canParse|parse)\(/, 'URL.canParse / URL.parse (Chrome 120)'],
  [/\.(isWellFormed|toWellFormed)\(/, 'String.isWellFormed (Chrome 111)'],
  [/ReadableStream\.from\(|for await \([^)]*\.body\b/, 'async iteration of streams (Chrome 124, not in Safari)'],
  [/Iterator\.from|\.values\(\)\.(map|filter|take|drop|toArray)\(/, 'iterator helpers (Chrome 122, Safari 18.4)'],
  [/\.showPicker\(/, 'showPicker (Chrome 99, Safari 16)'],
  [/Intl\.Segmenter/, 'Intl.Segmenter (Firefox 125)'],
  [/requestIdleCallback/, 'requestIdleCallback (not in Safari)'],
  [/Symbol\.(asyncDispose|dispose)|\busing\s+\w+\s*=/, 'explicit resource management'],
  [/Uint8Array\.fromBase64|\.toBase64\(/, 'base64 on Uint8Array (Chrome 140)'],
  [/:has\(/, 'CSS :has() (Chrome 105, Firefox 121)'],
  [/@container/, 'CSS container queries (Chrome 105, Firefox 110, Safari 16)'],
  [/color-mix\(|light-dark\(/, 'CSS color-mix / light-dark (Chrome 111)'],
  [/\d(dvh|svh|lvh)\b/, 'dynamic viewport units (Chrome 108)'],
];

const SRC = join(import.meta.dirname, '..', 'src');

function appSources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return appSources(path);
    return /\.(ts|tsx|css)$/.test(entry.name) && !/\.test\./.test(entry.name) ? [path] : [];
  });
}

describe('browser support', () => {
  it('the README states the oldest browsers the build targets', () => {
    const readme = readFileSync(join(import.meta.dirname, '..', 'README.md'), 'utf8');
    const { chrome, edge, firefox, safari } = OLDEST_BROWSERS;
    for (const claim of [`Chrome ${chrome}`, `Edge ${edge}`, `Firefox ${firefox}`, `Safari ${safari}`]) expect(readme).toContain(claim);
  });

  it('the app uses no API newer than those browsers', () => {
    const found: string[] = [];
    for (const file of appSources(SRC)) {
      // Comments may name what is avoided; only code counts (a `//` in a string is cut too: harmless here).
      const text = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/[^\n]*/g, '');
      for (const [pattern, what] of TOO_NEW) if (pattern.test(text)) found.push(`${relative(SRC, file)}: ${what}`);
    }
    expect(found).toEqual([]);
  });
});
