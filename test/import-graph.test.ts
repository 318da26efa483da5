import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The layering, checked over the import graph of the app's own files (src/, tests left out), so
 * it stays true as the code grows. Each `import … from`, `export … from` and `import()` counts,
 * `import type` included: a type that points up is a layer that points up.
 */
const SRC = resolve(import.meta.dirname, '..', 'src');

interface Import {
  /** The importing file, relative to src/ (`ui/App.tsx`). */
  from: string;
  /** A file relative to src/, or a package name as written (`preact/hooks`). */
  to: string;
  local: boolean;
}

function appFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return appFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$|\.d\.ts$/.test(entry.name) ? [path] : [];
  });
}

const SPECIFIERS = [/^\s*(?:import|export)\s[^'";]*?\bfrom\s*['"]([^'"]+)['"]/gm, /^\s*import\s*['"]([^'"]+)['"]/gm, /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g];

function resolveLocal(file: string, specifier: string): string | null {
  const base = resolve(dirname(file), specifier);
  const found = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((path) => /\.tsx?$/.test(path) && existsSync(path));
  return found ? relative(SRC, found) : null;
}

function importsOf(file: string): Import[] {
  // Comments may mention imports; only code counts.
  const code = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const from = relative(SRC, file);
  return SPECIFIERS.flatMap((pattern) => [...code.matchAll(pattern)].map((match) => match[1]!)).flatMap((specifier): Import[] => {
    if (!specifier.startsWith('.')) return [{ from, to: specifier, local: false }];
    if (specifier.endsWith('.css')) return [];
    const to = resolveLocal(file, specifier);
    if (!to) throw new Error(`${from}: cannot resolve ${specifier}`);
    return [{ from, to, local: true }];
  });
}

const IMPORTS = appFiles(SRC).flatMap(importsOf);
const folder = (path: string): string => (path.includes('/') ? path.slice(0, path.indexOf('/')) : '');
const shown = ({ from, to }: Import): string => `${from} -> ${to}`;

/** Every src file the given one loads, itself included. */
function reachable(start: string): Set<string> {
  const seen = new Set([start]);
  for (const file of seen) for (const edge of IMPORTS) if (edge.local && edge.from === file) seen.add(edge.to);
  return seen;
}

/**
 * The layers, top down (as the README's Layout says). A file may import from its own layer or any
 * below it, never from one above. `''` is the files at the top of src/ (config, model, links,
 * guards), except main.tsx, the dashboard's entry.
 */
const LAYERS: readonly string[][] = [
  ['main.tsx', 'callback'],
  ['ui'],
  ['state'],
  ['status', 'portal', 'backup', 'webcam', 'notify'],
  ['api', 'store'],
  ['printer', ''],
];

function layerOf(file: string): number {
  const name = file === 'main.tsx' ? file : folder(file);
  const layer = LAYERS.findIndex((names) => names.includes(name));
  if (layer < 0) throw new Error(`${file}: src/${name}/ is in no layer; add it to LAYERS (and the README's Layout)`);
  return layer;
}

describe('the import graph of src/', () => {
  it('reads a graph: every app file is in it, and the entry points import something', () => {
    expect(IMPORTS.length).toBeGreaterThan(100);
    expect(IMPORTS.some((edge) => edge.from === 'main.tsx' && edge.to === 'ui/App.tsx')).toBe(true);
    expect(IMPORTS.some((edge) => edge.from === 'callback/main.ts' && edge.to === 'callback/finish.ts')).toBe(true);
  });

  it('imports point down the layers, never up', () => {
    const upward = IMPORTS.filter((edge) => edge.local && layerOf(edge.to) < layerOf(edge.from));
    expect(upward.map(shown)).toEqual([]);
  });

  // The status types live in status/, the printer's in printer/: the views never reach into api/.
  it('ui/ imports nothing from api/', () => {
    const upward = IMPORTS.filter((edge) => edge.local && folder(edge.from) === 'ui' && folder(edge.to) === 'api');
    expect(upward.map(shown)).toEqual([]);
  });

  it('nothing outside ui/ imports Preact, but state/ may use @preact/signals (main.tsx renders the app)', () => {
    const preact = IMPORTS.filter((edge) => !edge.local && /^(preact|@preact\/)/.test(edge.to));
    const allowed = (edge: Import) =>
      folder(edge.from) === 'ui' || edge.from === 'main.tsx' || (folder(edge.from) === 'state' && edge.to === '@preact/signals');
    expect(preact.filter((edge) => !allowed(edge)).map(shown)).toEqual([]);
  });

  it('the callback page loads nothing from ui/ or state/, and no UI framework or schema library', () => {
    const loaded = [...reachable('callback/main.ts')];
    expect(loaded.filter((file) => ['ui', 'state'].includes(folder(file)))).toEqual([]);
    const packages = IMPORTS.filter((edge) => !edge.local && loaded.includes(edge.from) && !edge.to.startsWith('idb-keyval'));
    expect(packages.map(shown)).toEqual([]);
  });

  it('has no import cycles', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (file: string, path: string[]) => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'open') {
        cycles.push([...path.slice(path.indexOf(file)), file].join(' -> '));
        return;
      }
      state.set(file, 'open');
      for (const edge of IMPORTS) if (edge.local && edge.from === file) visit(edge.to, [...path, file]);
      state.set(file, 'done');
    };
    for (const edge of IMPORTS) visit(edge.from, []);
    expect(cycles).toEqual([]);
  });
});
