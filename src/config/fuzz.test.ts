import { describe, expect, it } from 'vitest';
import { normalizeConfig } from './normalize.js';
import { ConfigError, UnsupportedAppError } from './config-error.js';
import { buildTree, typesIn } from './build-tree.js';
import { resolveInteractivity } from './interactivity.js';
import config631 from '../testing/fixtures/interface-6.31.config.json';

/*
 * The config is input too: malformed and hostile configs (wrong types, cycles in the layout,
 * unknown types, huge sizes, colliding ids) end in a clear ConfigError or load, never in another
 * exception, a hang, or a stack overflow.
 */

/** A small seeded PRNG (mulberry32), so a failure names the seed that reproduces it. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HOSTILE: unknown[] = [
  null,
  undefined,
  0,
  -1,
  1e308,
  NaN,
  '',
  'x'.repeat(100_000),
  '__proto__',
  [],
  {},
  [null],
  { __proto__: { polluted: true } },
  JSON.parse('{"__proto__": {"polluted": true}}'),
  { toString: 'not a function' },
  true,
  '<img src=x onerror=alert(1)>',
  { id: 1 },
  Array.from({ length: 1000 }, (_, i) => i),
];

type Json = Record<string, unknown> | unknown[];

/** Every path to a value inside a JSON tree. */
function paths(value: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = []) {
  if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      const path = [...prefix, Array.isArray(value) ? Number(key) : key];
      out.push(path);
      paths(child, path, out);
    }
  }
  return out;
}

function mutate(base: Json, rand: () => number): Json {
  const config = structuredClone(base) as Json;
  const all = paths(config);
  const count = 1 + Math.floor(rand() * 4);
  for (let i = 0; i < count; i++) {
    const path = all[Math.floor(rand() * all.length)]!;
    let parent: unknown = config;
    for (const key of path.slice(0, -1)) {
      parent =
        parent && typeof parent === 'object' ? (parent as Record<string | number, unknown>)[key] : undefined;
    }
    if (!parent || typeof parent !== 'object') continue;
    const target = parent as Record<string | number, unknown>;
    const key = path[path.length - 1]!;
    const roll = rand();
    if (roll < 0.6) target[key] = HOSTILE[Math.floor(rand() * HOSTILE.length)];
    else if (roll < 0.8) {
      // JSON has no holes: an array loses the entry, an object the key.
      if (Array.isArray(target)) target.splice(Number(key), 1);
      else delete target[key];
    } else target[key] = structuredClone(config);
  }
  return config;
}

/** Loads a config as the element does before rendering: normalize, tree, types, interactivity. */
function load(raw: unknown): void {
  const config = normalizeConfig(raw, 'http://fuzz.test');
  const tree = buildTree(config.layout, config.components);
  typesIn(tree);
  resolveInteractivity(config.components.values(), config.dependencies);
}

function expectClearOutcome(raw: unknown, what: string): void {
  try {
    load(raw);
  } catch (error) {
    if (error instanceof ConfigError || error instanceof UnsupportedAppError) return;
    throw new Error(`${what}: ${(error as Error).name}: ${(error as Error).message}`, { cause: error });
  }
}

describe('hostile configs', () => {
  it('1,000 random mutations of a real config load or fail with a ConfigError', () => {
    const started = performance.now();
    for (let seed = 1; seed <= 1000; seed++) {
      expectClearOutcome(mutate(config631 as Json, random(seed)), `seed ${seed}`);
    }
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
    expect(performance.now() - started).toBeLessThan(20_000);
  });

  it('whole-config garbage fails with a ConfigError', () => {
    HOSTILE.forEach((raw, i) => expectClearOutcome(raw, `hostile value ${i}`));
  });

  it('a block that contains itself is refused, not recursed into', () => {
    const config = structuredClone(config631) as { layout: { id: number; children?: unknown[] } };
    const root = config.layout;
    root.children = [...(root.children ?? []), { id: root.id, children: [{ id: root.id }] }];
    expect(() => load(config)).toThrow(ConfigError);
  });

  it('a layout nested 100,000 deep is refused, without overflowing the stack', () => {
    const config = structuredClone(config631) as { layout: { id: number; children?: unknown[] } };
    let node = config.layout;
    for (let i = 0; i < 100_000; i++) {
      const child = { id: 100_000 + i, children: [] as unknown[] };
      node.children = [child];
      node = child;
    }
    expect(() => load(config)).toThrow(ConfigError);
  });

  it('a block placed twice in the layout shows once; colliding component ids keep one', () => {
    const config = structuredClone(config631) as {
      layout: { id: number; children: { id: number }[] };
      components: { id: number; type: string }[];
    };
    const first = config.layout.children[0]!;
    config.layout.children.push(structuredClone(first));
    const loaded = normalizeConfig(config, 'http://fuzz.test');
    expect(loaded.layout.children!.filter((child) => child.id === first.id)).toHaveLength(1);

    const colliding = structuredClone(config631) as { components: { id: number; type: string }[] };
    colliding.components.push({ ...colliding.components[1]!, type: 'no-such-type' });
    expectClearOutcome(colliding, 'colliding ids');
  });

  it('unknown types and 50,000 blocks load (placeholders render for what is unknown)', () => {
    const config = structuredClone(config631) as {
      layout: { id: number; children: { id: number }[] };
      components: Record<string, unknown>[];
    };
    for (let i = 0; i < 50_000; i++) {
      config.components.push({ id: 1_000_000 + i, type: i % 2 ? 'no-such-type' : 'markdown', props: {} });
      config.layout.children.push({ id: 1_000_000 + i });
    }
    const started = performance.now();
    load(config);
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
