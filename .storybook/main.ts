import type { StorybookConfig } from '@storybook/web-components-vite';
import { transform } from 'esbuild';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  staticDirs: [{ from: '../test/fixtures', to: '/journeys' }],
  core: { disableTelemetry: true },
  async viteFinal(viteConfig) {
    // Vite 8 compiles TypeScript with Oxc, which does not lower standard decorators
    // (TOOLCHAIN.md pitfall 5): esbuild transforms our .ts first.
    viteConfig.plugins = [
      {
        name: 'klantreis:esbuild-decorators',
        enforce: 'pre',
        async transform(code: string, id: string) {
          if (!/\.ts$/.test(id) || id.includes('/node_modules/')) return null;
          const result = await transform(code, {
            loader: 'ts',
            target: 'es2022',
            sourcemap: true,
            sourcefile: id,
            tsconfigRaw: { compilerOptions: { useDefineForClassFields: true, experimentalDecorators: false } },
          });
          // package.json's "sideEffects" lists the published files and the SDK's registering
          // modules only; the stories' own registering modules (story-live-journey,
          // journey-playground) are imported for their side effects too, and a production build
          // would tree-shake them away. Our own source always keeps its side effects.
          return { code: result.code, map: result.map, moduleSideEffects: true };
        },
      },
      ...(viteConfig.plugins ?? []),
    ];
    // The playground's code editor: optimised up front, so a cold cache (a fresh clone, CI) does
    // not discover these late and reload the page in the middle of the story tests.
    viteConfig.optimizeDeps = {
      ...viteConfig.optimizeDeps,
      include: [
        ...(viteConfig.optimizeDeps?.include ?? []),
        'codemirror',
        '@codemirror/lang-json',
        '@codemirror/lint',
        '@codemirror/state',
        '@codemirror/view',
        'codemirror-json-schema',
        'json-schema-library',
      ],
    };
    // The preview bundles axe and the docs blocks (about 860 kB minified): expected for a docs site.
    viteConfig.build = { ...viteConfig.build, chunkSizeWarningLimit: 1500 };
    return viteConfig;
  },
};
export default config;
