import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * The JavaScript each built page runs before it is interactive: its inline scripts, its script
 * files and every chunk its HTML preloads, gzipped at level 9 one by one. Lazy chunks (status
 * checks, the zod schemas) are not counted: the page works before they arrive. kB is 1000 bytes.
 */
export const BUDGETS: Record<string, number> = { 'index.html': 16_000, 'callback.html': 4_000 };

export interface FirstLoad {
  page: string;
  files: { name: string; bytes: number }[];
  total: number;
}

const TAGS = /<script([^>]*)>([\s\S]*?)<\/script>|<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g;

export function firstLoadJs(outDir: string, page: string): FirstLoad {
  const html = readFileSync(join(outDir, page), 'utf8');
  const gzip = (source: string | Buffer) => gzipSync(source, { level: 9 }).length;
  const files: FirstLoad['files'] = [];
  for (const [, attributes = '', body = '', preload] of html.matchAll(TAGS)) {
    const src = preload ?? /\bsrc="([^"]+)"/.exec(attributes)?.[1];
    if (src) files.push({ name: src.replace(/^\//, ''), bytes: gzip(readFileSync(join(outDir, src.replace(/^\//, '')))) });
    else if (body.trim()) files.push({ name: `(inline in ${page})`, bytes: gzip(body) });
  }
  return { page, files, total: files.reduce((sum, file) => sum + file.bytes, 0) };
}

const kB = (bytes: number) => `${(bytes / 1000).toFixed(2)} kB`;

/** One line per page: what `npm run build` prints. */
export function firstLoadReport(outDir: string): string {
  const pages = readdirSync(outDir).filter((name) => name in BUDGETS);
  const lines = pages.map((page) => {
    const { total, files } = firstLoadJs(outDir, page);
    const budget = BUDGETS[page] as number;
    return `  ${page.padEnd(14)} ${kB(total).padStart(8)}  (budget ${kB(budget)}; ${files.length} script${files.length === 1 ? '' : 's'})`;
  });
  return ['JavaScript before interactive, gzipped:', ...lines].join('\n');
}
