/**
 * Which chunks each block type needs beyond the runtime: its own and those it imports, so they
 * are requested together instead of one round trip after another. The build writes the lists
 * into the placeholder below (vite.config.ts, `chunkDeps`); in dev and in tests it stays a
 * placeholder and nothing is preloaded.
 *
 * Its own chunk, with no imports, loaded through `import()` only: by the element as its gate
 * opens (src/loader.ts), so that an app's block chunks start the moment its config arrives, while
 * the runtime is still arriving or being parsed; and by the registry when it loads a type. The
 * bundler never sees these `import()`s of chunk files, so they change nothing in how it splits
 * the code.
 *
 * Preloading is an `import()` of each chunk: no tag anywhere (the host document's head stays
 * untouched), and the module map dedupes it with the registry's own import; a chunk that fails
 * here fails the import that needs it, which reports it.
 */

/**
 * `type:chunk chunk;type:;…`: every block type we render, with the chunks it needs beyond the
 * runtime (its own first), relative to this module. An empty list: the type is in the runtime.
 */
const TYPES = '__GR_CHUNK_DEPS_TYPES__';

let byType: Map<string, string[]> | null = null;

function chunksOf(type: string): string[] | undefined {
  if (TYPES.startsWith('__GR_')) return undefined;
  byType ??= new Map(
    TYPES.split(';').map((entry) => {
      const [name, files] = entry.split(':') as [string, string];
      return [name, files.split(' ').filter(Boolean)];
    }),
  );
  return byType.get(type);
}

/** Starts fetching a block type's chunks (the registry imports the type's own chunk itself). */
export function preloadType(type: string): void {
  for (const name of chunksOf(type) ?? []) {
    import(/* @vite-ignore */ new URL(name, import.meta.url).href).catch(() => undefined);
  }
}

/**
 * The protocols the runtime runs natively (src/config/normalize.ts; a unit test keeps the two
 * lists equal): the chunks of an app with another one, shown in an iframe, would go unused.
 */
const NATIVE_PROTOCOLS = new Set(['sse_v1', 'sse_v2', 'sse_v2.1', 'sse_v3']);

type RawNode = { id?: unknown; children?: unknown };
type RawComponent = { id?: unknown; type?: unknown };

/**
 * The block types of an app's layout, from its raw config as the server sent it; null unless
 * the runtime would render the app natively: a protocol it speaks, every block in the layout of
 * a type `known` accepts.
 */
export function layoutTypes(config: unknown, known: (type: string) => boolean): Set<string> | null {
  const { layout, components, protocol } = (config ?? {}) as {
    layout?: RawNode;
    components?: unknown;
    protocol?: unknown;
  };
  if (!layout || !Array.isArray(components) || !NATIVE_PROTOCOLS.has(protocol as string)) return null;
  const typeOf = new Map<unknown, unknown>();
  for (const component of components as (RawComponent | null)[]) typeOf.set(component?.id, component?.type);
  const types = new Set<string>();
  const visit = (node: RawNode, isRoot: boolean): boolean => {
    const type = typeOf.get(node.id);
    // The Blocks root has no component entry; no other block may lack one.
    if (typeof type === 'string' && known(type)) types.add(type);
    else if (!(isRoot && type === undefined)) return false;
    const children = Array.isArray(node.children) ? (node.children as RawNode[]) : [];
    return children.every((child) => visit(child ?? {}, false));
  };
  return visit(layout, true) ? types : null;
}

/**
 * Starts the block chunks an app's first render needs from its config (the body the loader
 * parsed), before the runtime has read it. A hint: failures are ignored.
 */
export async function prefetchForConfig(body: Promise<unknown>): Promise<void> {
  const types = layoutTypes(await body, (type) => chunksOf(type) !== undefined);
  for (const type of types ?? []) preloadType(type);
}
