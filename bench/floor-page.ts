/**
 * The floor for the callback page: the least a page can do for the same job. It opens IndexedDB,
 * writes one record, and once the write has committed posts one message to its opener. Written
 * into the bench build beside callback.html, so the same server serves both with the same headers.
 * Its script is inline under a CSP hash, as the callback page's is: one request, no stylesheet.
 */
import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export const FLOOR_PAGE = 'bench-floor.html';
/** An empty page on the same origin that opens the timed windows (nothing of it is timed). */
export const OPENER_PAGE = 'bench-opener.html';
export const FLOOR_MESSAGE = 'bench-floor-done';

const FLOOR_SCRIPT = `
const open = indexedDB.open('bench-floor', 1);
open.onupgradeneeded = () => open.result.createObjectStore('kv');
open.onsuccess = () => {
  const tx = open.result.transaction('kv', 'readwrite');
  tx.objectStore('kv').put({ at: Date.now() }, 'record');
  tx.oncomplete = () => opener && opener.postMessage({ type: '${FLOOR_MESSAGE}' }, location.origin);
};
`;

const page = (title: string, script: string) => {
  const hash = createHash('sha256').update(script).digest('base64');
  const csp = `default-src 'none'; script-src 'self' 'sha256-${hash}'; connect-src 'self'; base-uri 'none'; form-action 'none'`;
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta http-equiv="Content-Security-Policy" content="${csp}" />
    <title>${title}</title>
  </head>
  <body>
    <script type="module">${script}</script>
  </body>
</html>
`;
};

/** Writes the floor page and the opener page into a built folder. */
export async function writeFloorPages(outDir: string): Promise<void> {
  await writeFile(join(outDir, FLOOR_PAGE), page('Floor', FLOOR_SCRIPT));
  await writeFile(join(outDir, OPENER_PAGE), page('Opener', '// nothing: the bench drives this page'));
}
