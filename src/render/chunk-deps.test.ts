import { describe, expect, it } from 'vitest';
import { layoutTypes } from './chunk-deps.js';
import { isKnownType } from './registry.js';
import { normalizeConfig } from '../config/normalize.js';
import { buildTree, typesIn } from '../config/build-tree.js';
import config631 from '../testing/fixtures/interface-6.31.config.json';
import config427 from '../testing/fixtures/interface-4.27.config.json';
import config420 from '../testing/fixtures/interface-4.20.config.json';
import xray40 from '../testing/fixtures/xray-4.0.config.json';

/** The block types the runtime loads before the first render (app-session.ts). */
function runtimeTypes(raw: unknown): Set<string> {
  const config = normalizeConfig(raw, 'http://fallback');
  const types = typesIn(buildTree(config.layout, config.components));
  types.delete('root');
  return types;
}

describe('layoutTypes (the block chunks started as the config arrives)', () => {
  it.each([
    ['6.31 Interface', config631],
    ['4.27 Interface', config427],
    ['4.20 Interface', config420],
  ])('reads from the raw %s config the same types the runtime loads', (_name, raw) => {
    const expected = runtimeTypes(raw);
    expect(expected.size).toBeGreaterThan(1);
    expect(layoutTypes(raw, isKnownType)).toEqual(expected);
  });

  it.each(['sse_v1', 'sse_v2', 'sse_v2.1', 'sse_v3', 'sse_v4', 'sse', 'ws', undefined])(
    'starts the chunks exactly when the runtime renders an app of protocol %s natively',
    (protocol) => {
      const raw = { ...config631, protocol };
      let native = true;
      try {
        normalizeConfig(raw, 'http://fallback');
      } catch {
        native = false;
      }
      expect(layoutTypes(raw, isKnownType) !== null).toBe(native);
    },
  );

  it('starts nothing for a Gradio 4.0 beta app (protocol "sse", shown in an iframe)', () => {
    expect(layoutTypes(xray40, isKnownType)).toBeNull();
  });

  it('starts nothing for an app with a block it cannot render (it may go to an iframe)', () => {
    const raw = structuredClone(config631) as { components: { type: string }[] };
    raw.components.find((c) => c.type === 'textbox')!.type = 'not-a-type';
    expect(layoutTypes(raw, isKnownType)).toBeNull();
  });

  it('starts nothing for a layout naming a block the config does not have', () => {
    const raw = structuredClone(config631) as { layout: { children: { id: number }[] } };
    raw.layout.children.push({ id: 987654 });
    expect(layoutTypes(raw, isKnownType)).toBeNull();
  });

  it.each([null, 'text', [], {}, { layout: { id: 0 } }, { components: [] }, { layout: 1, components: {} }])(
    'starts nothing for a config it does not understand: %j',
    (raw) => {
      const types = layoutTypes(raw, isKnownType);
      expect(types === null || types.size === 0).toBe(true);
    },
  );
});
