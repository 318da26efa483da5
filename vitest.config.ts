import { defineConfig } from 'vitest/config';
import { loadConfig } from './src/config-schema.ts';

export default defineConfig({
  // As the build does: the default configuration, validated.
  define: { __OE_CONFIG__: JSON.stringify(loadConfig({})), __OE_ORIGIN__: JSON.stringify('https://octoeverywhere.com') },
  // tsconfig.json (which sets Preact's JSX) covers app code only; test files need the same JSX.
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'test/**/*.test.ts', 'scripts/**/*.test.ts', 'e2e/stub/**/*.test.ts', 'e2e/support/**/*.test.ts'],
    environment: 'node',
  },
});
