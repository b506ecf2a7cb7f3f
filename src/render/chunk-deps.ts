/**
 * What a block type's chunk imports statically, so those chunks are requested together with
 * it instead of one round trip later, once it has arrived and been parsed. The build writes the
 * lists into the placeholders below (vite.config.ts, `chunkDeps`); in dev and in tests they stay
 * placeholders and nothing is preloaded.
 *
 * Preloading is an `import()` of each chunk: no tag anywhere (the host document's head stays
 * untouched), and the module map dedupes it with the real import; a chunk that fails here fails
 * the import that needs it, which reports it.
 */

/** `type:chunk chunk;type:chunk…`: each block type's static imports beyond the runtime, relative to this module. */
const TYPES = '__GR_CHUNK_DEPS_TYPES__';

let byType: Map<string, string> | null = null;

/** Starts fetching the chunks a block type's module imports (call it with its own import). */
export function preloadTypeDeps(type: string): void {
  if (TYPES.startsWith('__GR_')) return;
  byType ??= new Map(TYPES.split(';').map((entry) => entry.split(':') as [string, string]));
  for (const name of byType.get(type)?.split(' ') ?? []) {
    import(/* @vite-ignore */ new URL(name, import.meta.url).href).catch(() => undefined);
  }
}
