import type { ExampleRenderer } from '../base/example.js';

/** components/<type>/example.ts: each type's example form, its own chunk, loaded when a dataset needs it. */
const loaders = import.meta.glob<{ renderExample?: ExampleRenderer }>('/components/*/example.ts');

const loaded = new Map<string, Promise<ExampleRenderer | null>>();

/** The example renderer of a block type, or null if the type has none. */
export function loadExampleRenderer(type: string): Promise<ExampleRenderer | null> {
  let promise = loaded.get(type);
  if (!promise) {
    const load = loaders[`/components/${type}/example.ts`];
    promise = load ? load().then((module) => module.renderExample ?? null) : Promise.resolve(null);
    loaded.set(type, promise);
    promise.catch(() => loaded.delete(type));
  }
  return promise;
}
