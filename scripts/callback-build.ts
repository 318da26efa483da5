import { build, type InlineConfig, type Plugin } from 'vite';

/**
 * Builds the callback page on its own, after the dashboard, into the same folder. Sharing no
 * chunk with the dashboard, it loads one script (the budget is 5 kB), and a change to the
 * dashboard's code never moves its bytes or its cache.
 */
export function callbackBuildPlugin(callbackConfig: (outDir: string) => InlineConfig): Plugin {
  let outDir = 'dist';
  return {
    name: 'oe-callback-build',
    apply: 'build',
    configResolved(resolved) {
      outDir = resolved.build.outDir;
    },
    async closeBundle() {
      await build(callbackConfig(outDir));
    },
  };
}
