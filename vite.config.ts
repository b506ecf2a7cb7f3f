import { defineConfig } from 'vitest/config';
import type { Plugin } from 'vite';
import MagicString from 'magic-string';
import path from 'node:path';
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
    transform: {
      // Only our modules with a css`` template reach JavaScript.
      filter: { id: { include: /\.(ts|js)$/, exclude: /node_modules/ }, code: 'css`' },
      handler(code, id) {
        // Edits through MagicString, so the sourcemap still points every line of code after a
        // collapsed stylesheet at its place in the source.
        const out = new MagicString(code);
        for (const match of code.matchAll(/\bcss`([^`]*)`/g)) {
          const body = match[1]!;
          let min = body
            .replace(/\/\*[^]*?\*\//g, '')
            .replace(/\s+/g, ' ')
            .replace(/\s*([{};])\s*/g, '$1')
            .trim();
          // Outside quoted strings, and only in templates without interpolations: no space after
          // `:` (a selector never has one there) or `,`, no `;` before `}`.
          if (!min.includes('${')) {
            min = min
              .split(/("[^"]*"|'[^']*')/)
              .map((part, i) => (i % 2 ? part : part.replace(/([:,]) /g, '$1').replace(/;}/g, '}')))
              .join('');
          }
          const start = match.index + match[0].indexOf('`') + 1;
          if (body) out.overwrite(start, start + body.length, min);
        }
        return { code: out.toString(), map: out.generateMap({ hires: 'boundary', source: id }) };
      },
    },
  };
}

/**
 * Writes, into the placeholders of src/loader.ts and src/render/chunk-deps.ts, which chunks the
 * runtime chunk and each block type's chunk import statically (transitively, leaving out what is
 * loaded by then), so the code can request them together with the chunk itself: a chunk's
 * static imports would otherwise be discovered only once it has arrived, one round trip later.
 * Names are relative to the chunk holding the placeholder; rolldown fills in the hashes.
 */
function chunkDeps(): Plugin {
  type Info = { imports: string[]; moduleIds: string[]; facadeModuleId: string | null; isEntry: boolean };
  const closure = (chunks: Record<string, Info>, file: string, into = new Set<string>()): Set<string> => {
    into.add(file);
    for (const dep of chunks[file]?.imports ?? []) if (!into.has(dep)) closure(chunks, dep, into);
    return into;
  };
  return {
    name: 'gradio-embed:chunk-deps',
    apply: 'build',
    renderChunk: {
      // Only the two chunks with placeholders reach JavaScript.
      filter: { code: '__GR_CHUNK_DEPS_' },
      handler(code, chunk, _options, meta) {
        const hasRuntime = code.includes('__GR_CHUNK_DEPS_RUNTIME__');
        const hasTypes = code.includes('__GR_CHUNK_DEPS_TYPES__');
        const chunks = meta.chunks as Record<string, Info>;
        const files = Object.keys(chunks);
        const entry = files.find((f) => chunks[f]!.isEntry)!;
        const runtime = files.find((f) =>
          chunks[f]!.moduleIds.some((id) => id.endsWith('/src/app-session.ts')),
        );
        if (!runtime) throw new Error('chunk-deps: no runtime chunk (src/app-session.ts)');
        const here = path.posix.dirname(chunk.fileName);
        const relative = (file: string): string => {
          const rel = path.posix.relative(here, file);
          return rel.startsWith('.') ? rel : `./${rel}`;
        };
        const loaded = closure(chunks, entry);
        const runtimeDeps = [...closure(chunks, runtime)].filter((f) => f !== runtime && !loaded.has(f));
        const withRuntime = closure(chunks, runtime, new Set(loaded));
        // Every block type, with its own chunk first and then what it imports beyond the
        // runtime; a type whose module is part of the runtime (the layout) has an empty list.
        const types: string[] = [];
        for (const file of files) {
          for (const id of chunks[file]!.moduleIds) {
            const type = /\/components\/([^/]+)\/\1\.ts$/.exec(id)?.[1];
            if (!type) continue;
            const needed = withRuntime.has(file)
              ? []
              : [...closure(chunks, file)].filter((f) => !withRuntime.has(f));
            types.push(`${type}:${needed.map(relative).join(' ')}`);
          }
        }
        const out = new MagicString(code);
        const fill = (placeholder: string, value: string): void => {
          for (const match of code.matchAll(new RegExp(placeholder, 'g'))) {
            out.overwrite(match.index, match.index + placeholder.length, value);
          }
        };
        if (hasRuntime) fill('__GR_CHUNK_DEPS_RUNTIME__', runtimeDeps.map(relative).join(' '));
        if (hasTypes) fill('__GR_CHUNK_DEPS_TYPES__', types.join(';'));
        return { code: out.toString(), map: out.generateMap({ hires: 'boundary' }) };
      },
    },
  };
}

/**
 * `for (key in object)` loops also visit enumerable properties a host page added to
 * `Object.prototype` (`Object.prototype.foo = 1`). Two kinds in our chunks break on them, and
 * each gets an own-property check here: the module-namespace helper (rolldown's `__export`, and
 * the same helper inside prebuilt libraries such as plotly's), which then fails with "Getter must
 * be a function" and stops the element; and @gradio/client's walk over an event's data
 * (`data[key] instanceof Command ? ... : recurse`), which recurses forever into an object-valued
 * addition. The embed must work on pages whatever they did to the prototypes.
 */
function ownKeysOnlyLoops(): Plugin {
  const loops = [
    // for (var name in all) __defProp(target, name, { get: all[name], ... })
    /for\s*\(\s*(?:var|let|const)\s+([\w$]+)\s+in\s+([\w$]+)\s*\)\s*\{?\s*(?=[\w$.]+\(\s*[\w$]+\s*,\s*\1\s*,\s*\{\s*get\s*:\s*\2\[\1\])/g,
    // for (let key in data) data[key] instanceof Command ? ... : ...
    /for\s*\(\s*(?:var|let|const)\s+([\w$]+)\s+in\s+([\w$]+)\s*\)\s*\{?\s*(?=\2\[\1\]\s*instanceof\b)/g,
  ];
  return {
    name: 'gradio-embed:own-keys-only-loops',
    apply: 'build',
    renderChunk(code) {
      if (!code.includes(' in ')) return null;
      const out = new MagicString(code);
      let changed = false;
      for (const loop of loops) {
        for (const match of code.matchAll(loop)) {
          const [whole, name, object] = match;
          out.appendLeft(
            match.index + whole.length,
            `if(Object.prototype.hasOwnProperty.call(${object},${name}))`,
          );
          changed = true;
        }
      }
      return changed ? { code: out.toString(), map: out.generateMap({ hires: 'boundary' }) } : null;
    },
  };
}

/**
 * The runtime chunk, whole: src/app-session.ts and everything it imports statically that the
 * entry has not, in one chunk. Left to itself the bundler splits out the few small modules that
 * lazily loaded chunks share with the runtime (lit's directive helpers, icons, trusted HTML):
 * five more requests on the first render's path, beyond HTTP/1.1's six connections per host
 * once the block-type list (src/render/chunk-deps.ts) goes out with them. Only the bundler's own
 * helpers (rolldown-runtime) stay a chunk of their own.
 */
function runtimeChunk(): { plugin: Plugin; test: (id: string) => boolean } {
  const members = new Set<string>();
  const plugin: Plugin = {
    name: 'gradio-embed:runtime-chunk',
    apply: 'build',
    buildEnd() {
      const ids = [...this.getModuleIds()];
      const closure = (from: string, into: Set<string>): Set<string> => {
        if (into.has(from)) return into;
        into.add(from);
        for (const dep of this.getModuleInfo(from)?.importedIds ?? []) closure(dep, into);
        return into;
      };
      const entry = ids.find((id) => id.endsWith('/src/index.ts'));
      const runtime = ids.find((id) => id.endsWith('/src/app-session.ts'));
      if (!entry || !runtime) throw new Error('runtime-chunk: no entry or runtime module');
      const loaded = closure(entry, new Set());
      for (const id of closure(runtime, new Set())) if (!loaded.has(id)) members.add(id);
    },
  };
  return { plugin, test: (id) => members.has(id) };
}
const runtime = runtimeChunk();
/** The runtime chunk's name (its file is `chunks/app-session-<hash>.js`). */
const RUNTIME_CHUNK = 'app-session';

/**
 * V8's explicit compile hint (Chrome 136+; other engines read a comment): every function of the
 * runtime chunk runs on the first render, so V8 compiles them all while the chunk streams in, on
 * a background thread, instead of one by one on the main thread as each is first called (a
 * third of the main thread's work between the runtime's arrival and the first render, on a
 * slowed phone). Only the runtime: a library of which a page uses a few functions would be
 * compiled whole for nothing, and the entry and the block chunks showed no gain when measured
 * (each build against the one before, alternating runs on the bench's 4G profile). The comment must be the file's first line, so it goes in
 * after minifying (which drops comments); the source map moves down a line with it.
 */
function compileHints(): Plugin {
  const HINT = '//# allFunctionsCalledOnLoad\n';
  return {
    name: 'gradio-embed:compile-hints',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || chunk.name !== RUNTIME_CHUNK) continue;
        chunk.code = HINT + chunk.code;
        const map = bundle[`${chunk.fileName}.map`];
        if (map?.type === 'asset' && typeof map.source === 'string') {
          const json = JSON.parse(map.source) as { mappings: string };
          json.mappings = `;${json.mappings}`;
          map.source = JSON.stringify(json);
        }
      }
    },
  };
}

export default defineConfig({
  plugins: [minifyCssTemplates(), chunkDeps(), ownKeysOnlyLoops(), runtime.plugin, compileHints()],
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
      // The entry may gain exports (what later chunks share with it, lit above all): they then
      // import it from gradio.js, and the entry is one file, not a file and its static imports.
      preserveEntrySignatures: 'allow-extension',
      // The timing report says how busy the (shared) machine was, not what is wrong with the build.
      checks: { bundlerTimings: false },
      output: {
        chunkFileNames: 'chunks/[name]-[hash].js',
        codeSplitting: {
          groups: [{ name: RUNTIME_CHUNK, test: runtime.test, includeDependenciesRecursively: false }],
        },
        // Library mode leaves ES output unminified unless asked.
        minify: true,
        // No comment reaches a visitor's browser: the minifier keeps bundler annotations
        // (`@__PURE__`, `@vite-ignore`) by default, bytes the entry's 10 KiB budget counts.
        comments: false,
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
