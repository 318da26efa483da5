import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config-schema.ts';
import { INLINE_FLAG, inlineCallbackPlugin } from './inline-callback.ts';
import { contentSecurityPolicy, cspMetaTag, pagePolicy } from './security-headers.ts';

const loaded = loadConfig({});
if (!loaded.ok) throw new Error('default config invalid');
const config = loaded.config;

const HTML = `<!doctype html>
<html><head>
    <meta charset="utf-8" />
    ${cspMetaTag(contentSecurityPolicy(config))}
    <script type="module" crossorigin src="/assets/callback-abc.js"></script>
    <link rel="stylesheet" crossorigin href="/assets/callback-def.css">
</head><body></body></html>`;

type FakeFile = { type: string; fileName: string; source?: string; code?: string; isEntry?: boolean; facadeModuleId?: string; imports?: string[]; dynamicImports?: string[] };

function bundleWith(code: string, imports: string[] = [], more: FakeFile[] = []) {
  return {
    'callback.html': { type: 'asset', fileName: 'callback.html', source: HTML },
    'assets/callback-abc.js': { type: 'chunk', fileName: 'assets/callback-abc.js', code, imports, dynamicImports: [] },
    'assets/callback-def.css': { type: 'asset', fileName: 'assets/callback-def.css', source: 'main{color:red}\n' },
    ...Object.fromEntries(more.map((file) => [file.fileName, file])),
  } as Record<string, FakeFile>;
}

/** The views, a further entry of the callback build: loaded later, from its own file. */
const VIEWS: FakeFile = {
  type: 'chunk',
  fileName: 'assets/result-page-xyz.js',
  code: 'export{v as showResult}',
  isEntry: true,
  facadeModuleId: '/repo/src/callback/result-page.ts',
  imports: [],
  dynamicImports: [],
};

/** Runs the plugin's generateBundle on a fake bundle; returns the bundle and the files it emitted. */
function run(code: string, imports: string[] = [], more: FakeFile[] = []) {
  const plugin = inlineCallbackPlugin(config);
  (plugin.configResolved as unknown as (config: { base: string; root: string }) => void)({ base: '/', root: '/repo' });
  const bundle = bundleWith(code, imports, more);
  const emitted: { fileName: string; source: string }[] = [];
  const hook = plugin.generateBundle as unknown as { handler: (this: unknown, options: unknown, bundle: unknown) => void };
  hook.handler.call({ emitFile: (file: { fileName: string; source: string }) => emitted.push(file) }, {}, bundle);
  return { html: String(bundle['callback.html']!.source), bundle, emitted };
}

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('inlineCallbackPlugin', () => {
  it('inlines the script and the stylesheet, each allowed by its own hash and nothing else', () => {
    const { html, bundle } = run('console.log(1)');
    const script = /<script type="module">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
    expect(script).toBe(`self.${INLINE_FLAG}=1;console.log(1)`);
    expect(html).toContain('<style>main{color:red}</style>');
    expect(html).not.toContain('callback-def.css');
    expect(bundle['assets/callback-def.css']).toBeUndefined();
    const policy = pagePolicy(html) ?? '';
    expect(policy).toContain(`script-src 'self' ${sha(script)};`);
    expect(policy).toContain(`style-src 'self' ${sha('main{color:red}')};`);
    expect(policy).not.toContain('unsafe-inline');
  });

  it('loads the same code as a file after the inline script, only if that did not run', () => {
    const { html, emitted } = run('console.log(1)');
    expect(emitted).toHaveLength(1);
    const loader = emitted[0]!;
    expect(loader.source.trim()).toBe(`self.${INLINE_FLAG}||import("./callback-abc.js");`);
    expect(html.indexOf(`src="/${loader.fileName}"`)).toBeGreaterThan(html.indexOf('<script type="module">'));
  });

  it('refuses code that would end the script element early, and a script split into chunks', () => {
    expect(() => run('const s = "</script>"')).toThrow(/cannot be inlined/);
    expect(() => run('const s = "<!--"')).toThrow(/cannot be inlined/);
    expect(() => run('import "./x.js"', ['assets/x.js'])).toThrow(/imports other chunks/);
  });

  it('points the page at a further entry (its views) by the built address, inline and in the fallback file alike', () => {
    const { html, bundle } = run('const V=`/src/callback/result-page.ts`;import(V)', [], [VIEWS]);
    const script = /<script type="module">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
    expect(script).toContain('const V="/assets/result-page-xyz.js";');
    expect(bundle['assets/callback-abc.js']!.code).toContain('"/assets/result-page-xyz.js"');
    expect(html).not.toContain('/src/');
    // Loaded later, from 'self': the page's policy allows it without a hash of its own.
    expect(pagePolicy(html)).toContain("script-src 'self' 'sha256-");
  });

  it('refuses a further entry that imports anything (the page would no longer be one piece), or one the page never names', () => {
    expect(() => run('import(`/src/callback/result-page.ts`)', [], [{ ...VIEWS, imports: ['assets/shared.js'] }])).toThrow(/must import nothing/);
    expect(() => run('console.log(1)', [], [VIEWS])).toThrow(/never names \/src\/callback\/result-page\.ts/);
  });
});
