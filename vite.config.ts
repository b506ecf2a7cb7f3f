import { defineConfig } from 'vitest/config';
import type { Plugin } from 'vite';
import MagicString from 'magic-string';
import { playwright } from '@vitest/browser-playwright';
import { chromiumArgs, chromiumPath } from './scripts/chromium.js';

/**
 * Collapses the white space inside css`...` templates: the entry's budget is counted in bytes,
 * and our stylesheets are written for people.
 */
function minifyCssTemplates(): Plugin {
  return {
    name: 'gradio-embed:minify-css-templates',
    apply: 'build',
    transform(code, id) {
      if (!/\.(ts|js)$/.test(id) || id.includes('node_modules') || !code.includes('css`')) return null;
      // Edits through MagicString, so the sourcemap still points every line of code after a
      // collapsed stylesheet at its place in the source.
      const out = new MagicString(code);
      for (const match of code.matchAll(/\bcss`([^`]*)`/g)) {
        const body = match[1]!;
        const min = body
          .replace(/\/\*[^]*?\*\//g, '')
          .replace(/\s+/g, ' ')
          .replace(/\s*([{};])\s*/g, '$1')
          .trim();
        const start = match.index + match[0].indexOf('`') + 1;
        if (body) out.overwrite(start, start + body.length, min);
      }
      return { code: out.toString(), map: out.generateMap({ hires: 'boundary', source: id }) };
    },
  };
}

export default defineConfig({
  plugins: [minifyCssTemplates()],
  // Chunks resolve relative to the entry module's own URL, so dist/ works from any folder.
  base: './',
  // Libraries written for bundlers (TanStack Virtual) read process.env.NODE_ENV, which library
  // mode leaves in place; a browser has no \`process\`.
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    // Lazy chunks are requested when needed, never preloaded through a document <link>.
    modulePreload: false,
    minify: true,
    lib: {
      entry: 'src/index.ts',
      formats: ['es'],
      fileName: () => 'gradio.js',
    },
    rolldownOptions: {
      output: {
        chunkFileNames: 'chunks/[name]-[hash].js',
        // Library mode leaves ES output unminified unless asked.
        minify: true,
      },
    },
  },
  // Pre-bundled up front, so the browser test run never reloads mid-way to optimize them.
  optimizeDeps: {
    include: [
      'lit',
      'lit/decorators.js',
      'lit/directive.js',
      'lit/async-directive.js',
      'lit/directives/live.js',
      'lit/directives/unsafe-html.js',
      'lit/directives/ref.js',
      'lit/directives/repeat.js',
      'dompurify',
      'marked',
      'lit/directives/style-map.js',
      'katex',
      'highlight.js/lib/core',
      'highlight.js/lib/languages/*',
      '@gradio/client',
      'lit/directives/class-map.js',
      '@codemirror/state',
      '@codemirror/view',
      '@codemirror/commands',
      '@codemirror/language',
      '@codemirror/autocomplete',
      '@codemirror/search',
      '@codemirror/language-data',
      '@codemirror/lang-python',
      '@codemirror/lang-javascript',
      '@lezer/highlight',
      '@tanstack/virtual-core',
      'vega-embed',
      'plotly.js-dist-min',
      'lit/directives/keyed.js',
      'three',
      'three/webgpu',
      'three/addons/controls/OrbitControls.js',
      'three/addons/loaders/GLTFLoader.js',
      'three/addons/loaders/OBJLoader.js',
      'three/addons/loaders/STLLoader.js',
      'three/addons/loaders/PLYLoader.js',
      'three/addons/loaders/SPLATLoader.js',
      'three/addons/loaders/GaussianSplatPLYLoader.js',
      'three/addons/objects/GaussianSplat.js',
      'wavesurfer.js',
      'wavesurfer.js/dist/plugins/regions.js',
      'hls.js/light',
    ],
  },
  test: {
    include: ['src/**/*.test.ts', 'components/**/*.test.ts'],
    browser: {
      enabled: true,
      headless: true,
      screenshotFailures: false,
      provider: playwright({
        launchOptions: { executablePath: chromiumPath(), args: chromiumArgs },
      }),
      instances: [{ browser: 'chromium' }],
    },
  },
});
