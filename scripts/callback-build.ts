import { resolve } from 'node:path';
import { build, type InlineConfig, type Logger, type Plugin } from 'vite';
import { firstLoadReport } from './first-load.ts';

/**
 * Builds the callback page on its own, after the dashboard, into the same folder. Sharing no
 * chunk with the dashboard, its script is one piece (inlined into the page, see
 * inline-callback.ts), and a change to the dashboard's code never moves its bytes or its cache.
 * Then, both pages built, prints what each runs before it is interactive.
 */
export function callbackBuildPlugin(callbackConfig: (outDir: string) => InlineConfig): Plugin {
  let outDir = 'dist';
  let root = '';
  let logger: Logger | null = null;
  return {
    name: 'oe-callback-build',
    apply: 'build',
    configResolved(resolved) {
      outDir = resolved.build.outDir;
      root = resolved.root;
      logger = resolved.logger;
    },
    async closeBundle() {
      await build(callbackConfig(outDir));
      logger?.info(firstLoadReport(resolve(root, outDir)));
    },
  };
}
