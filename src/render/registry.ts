/**
 * Block type -> lazily imported element module, by folder convention:
 * components/<type>/<type>.ts defines gr-<type>. Each becomes its own chunk, loaded on first use.
 * components/common/ holds parts several components import, and example.ts a type's example form
 * (loaded by datasets): neither is a block type. A type's preload.ts (see preloadFor) is not one
 * either.
 */
import '../../components/row/row.js';
import '../../components/column/column.js';
import '../../components/form/form.js';
import '../../components/textbox/textbox.js';
import '../../components/button/button.js';
import '../../components/markdown/markdown.js';

/** The block types in the runtime chunk (see `loaders`). */
const IN_RUNTIME = ['row', 'column', 'form', 'textbox', 'button', 'markdown'] as const;

const lazyLoaders = import.meta.glob([
  '/components/*/*.ts',
  '!/components/**/*.styles.ts',
  '!/components/**/*.test.ts',
  '!/components/*/example.ts',
  '!/components/*/preload.ts',
  '!/components/common/**',
  // IN_RUNTIME, spelled out: the bundler reads these patterns as written.
  '!/components/row/row.ts',
  '!/components/column/column.ts',
  '!/components/form/form.ts',
  '!/components/textbox/textbox.ts',
  '!/components/button/button.ts',
  '!/components/markdown/markdown.ts',
]);

/**
 * Except the blocks nearly every app has: the layout of every Interface (row, column, form), its
 * text fields and buttons, and the Markdown of titles and instructions are part of the runtime
 * chunk (imported at the top of this module). As chunks of their own they were requested only
 * once the config had arrived and been read, which on a phone means after the runtime has been
 * evaluated: a round trip more on the first render's path, for 8 KiB that most apps load anyway.
 */
const loaders: Record<string, () => Promise<unknown>> = {
  ...lazyLoaders,
  ...Object.fromEntries(
    IN_RUNTIME.map((type) => [`/components/${type}/${type}.ts`, () => Promise.resolve()]),
  ),
};

/**
 * components/<type>/preload.ts, where a type has one: from a block's config props, it starts
 * loading the chunks the block's first render will need beyond its own (the Markdown parser for
 * text that needs it), so they arrive with the type's chunk instead of one round trip after.
 * These are part of the runtime: keep them tiny.
 */
const preloaders = import.meta.glob<{ preload(props: Record<string, unknown>): void }>(
  '/components/*/preload.ts',
  { eager: true },
);

/** Starts what a block of this type will need for its first render (see `preloaders`). */
export function preloadFor(type: string, props: Record<string, unknown>): void {
  preloaders[`/components/${type}/preload.ts`]?.preload(props);
}

const pending = new Map<string, Promise<void>>();

/** A block type with no element module of ours. */
export class UnknownBlockTypeError extends Error {
  override name = 'UnknownBlockTypeError';
  constructor(readonly type: string) {
    super(`No renderer for the "${type}" component.`);
  }
}

function loaderFor(type: string): (() => Promise<unknown>) | undefined {
  return loaders[`/components/${type}/${type}.ts`];
}

/** Whether we have an element for this Gradio block type. */
export function isKnownType(type: string): boolean {
  return loaderFor(type) !== undefined;
}

/** Every type we can render, for tests and docs. */
export function knownTypes(): string[] {
  return Object.keys(loaders)
    .map((path) => /^\/components\/([^/]+)\/\1\.ts$/.exec(path)?.[1])
    .filter((t): t is string => Boolean(t));
}

export function tagFor(type: string): string {
  return `gr-${type}`;
}

/** Loads a type's module once and waits until its element is defined. */
export function ensureDefined(type: string): Promise<void> {
  const load = loaderFor(type);
  if (!load) return Promise.reject(new UnknownBlockTypeError(type));
  let promise = pending.get(type);
  if (!promise) {
    // Its chunks' own imports, requested alongside it (the loader has fetched this module). A
    // type in the runtime has none (and each import() costs a slow phone a few milliseconds).
    if (!(IN_RUNTIME as readonly string[]).includes(type)) {
      import('./chunk-deps.js').then((deps) => deps.preloadType(type)).catch(() => undefined);
    }
    promise = load()
      .then(() => customElements.whenDefined(tagFor(type)))
      .then(() => undefined);
    pending.set(type, promise);
    // A failed chunk (network blip) may be retried on the next render.
    promise.catch(() => pending.delete(type));
  }
  return promise;
}

/**
 * The tag of our element for a block type, once defined; null for a type we cannot render (or
 * whose chunk failed to load). For blocks outside the app's layout, such as chat message content.
 */
export async function loadBlockTag(type: string): Promise<string | null> {
  if (!isKnownType(type)) return null;
  try {
    await ensureDefined(type);
    return tagFor(type);
  } catch {
    return null;
  }
}
