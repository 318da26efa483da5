import { createHash } from 'node:crypto';
import { relative, sep } from 'node:path';
import type { Plugin, Rolldown } from 'vite';
import type { Config } from '../src/config';
import { contentSecurityPolicy, cspMetaTag } from './security-headers.ts';

/**
 * Puts the callback page's script and stylesheet inside callback.html, allowed by their SHA-256
 * hashes in the page's CSP: one response carries everything, so storing starts a round trip
 * sooner (measured in `npm run bench`). A host whose own CSP header lacks the hash blocks the
 * inline script; a one-line module from 'self' after it then loads the same code as a file, so
 * the page still stores the connection, one request later.
 * Code the page needs only later (its views) is a further entry of the same build, a file of its
 * own from 'self' that the page imports by its source address, written over here with the built
 * one. Such a file must import nothing: a module shared with the page would move into a chunk of
 * its own, and the page would no longer be one inline piece.
 */
export const INLINE_FLAG = 'oeCallbackInline';

export const sha256Source = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

const SCRIPT_TAG = /<script type="module" crossorigin src="([^"]+)"><\/script>/;
const STYLE_TAG = /<link rel="stylesheet" crossorigin href="([^"]+)">/;
const CSP_META = /<meta http-equiv="Content-Security-Policy" content="[^"]*" \/>/;

/** Text that would end or confuse the inline element: the build fails rather than ship a broken page. */
function assertInlinable(text: string, what: string, closing: string): void {
  const lower = text.toLowerCase();
  if (lower.includes(closing) || lower.includes('<!--')) throw new Error(`${what} contains "${closing}" or "<!--" and cannot be inlined`);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The page's code with each further entry's source address (`/src/…`) replaced by its built one. */
function withLazyEntries(bundle: Rolldown.OutputBundle, page: Rolldown.OutputChunk, root: string, base: string, name: string): string {
  let code = page.code;
  for (const lazy of Object.values(bundle)) {
    if (lazy.type !== 'chunk' || !lazy.isEntry || lazy === page || !lazy.facadeModuleId) continue;
    if (lazy.imports.length > 0 || lazy.dynamicImports.length > 0) throw new Error(`${name}: ${lazy.fileName}, loaded later, must import nothing`);
    const source = `/${relative(root, lazy.facadeModuleId).split(sep).join('/')}`;
    const address = new RegExp(`([\`'"])${escapeRegExp(source)}\\1`, 'g');
    if (!address.test(code)) throw new Error(`${name}: its script never names ${source}`);
    code = code.replace(address, () => JSON.stringify(`${base}${lazy.fileName}`));
  }
  return code;
}

const fileOf = (bundle: Rolldown.OutputBundle, url: string, base: string) => bundle[url.startsWith(base) ? url.slice(base.length) : url];

export function inlineCallbackPlugin(config: Config | null, page = 'callback.html'): Plugin {
  let base = '/';
  let root = '';
  return {
    name: 'oe-inline-callback',
    apply: 'build',
    configResolved(resolved) {
      base = resolved.base;
      root = resolved.root;
    },
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const htmlAsset = bundle[page] as Rolldown.OutputAsset | undefined;
        if (!htmlAsset || htmlAsset.type !== 'asset') throw new Error(`${page} is not in the bundle`);
        let html = String(htmlAsset.source);
        const scriptUrl = SCRIPT_TAG.exec(html)?.[1];
        const chunk = scriptUrl ? (fileOf(bundle, scriptUrl, base) as Rolldown.OutputChunk | undefined) : undefined;
        if (!scriptUrl || chunk?.type !== 'chunk') throw new Error(`${page}: its entry script was not found`);
        if (chunk.imports.length > 0 || chunk.dynamicImports.length > 0) throw new Error(`${page}: its script imports other chunks and cannot be inlined`);
        chunk.code = withLazyEntries(bundle, chunk, root, base, page);

        const code = `self.${INLINE_FLAG}=1;${chunk.code}`;
        assertInlinable(code, `${page}'s script`, '</script');
        const loaderSource = `self.${INLINE_FLAG}||import("./${chunk.fileName.split('/').pop()}");\n`;
        const loaderName = chunk.fileName.replace(/[^/]+$/, `callback-fallback-${createHash('sha256').update(loaderSource).digest('hex').slice(0, 8)}.js`);
        this.emitFile({ type: 'asset', fileName: loaderName, source: loaderSource });
        const scripts = `<script type="module">${code}</script>\n    <script type="module" src="${base}${loaderName}"></script>`;
        html = html.replace(SCRIPT_TAG, () => scripts);

        const styleHashes: string[] = [];
        const styleUrl = STYLE_TAG.exec(html)?.[1];
        if (styleUrl) {
          const css = fileOf(bundle, styleUrl, base);
          if (css?.type !== 'asset') throw new Error(`${page}: its stylesheet was not found`);
          const text = String(css.source).trim();
          assertInlinable(text, `${page}'s stylesheet`, '</style');
          styleHashes.push(sha256Source(text));
          html = html.replace(STYLE_TAG, () => `<style>${text}</style>`);
          delete bundle[css.fileName];
        }
        if (config) {
          if (!CSP_META.test(html)) throw new Error(`${page}: no CSP meta tag to add the hashes to`);
          const policy = contentSecurityPolicy(config, { scriptHashes: [sha256Source(code)], styleHashes });
          html = html.replace(CSP_META, () => cspMetaTag(policy));
        }
        htmlAsset.source = html;
      },
    },
  };
}
