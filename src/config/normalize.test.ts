import { describe, expect, it } from 'vitest';
import { normalizeConfig } from './normalize.js';
import { ConfigError, UnsupportedAppError } from './config-error.js';
import { buildTree, typesIn } from './build-tree.js';
import { resolveInteractivity } from './interactivity.js';
import config631 from '../testing/fixtures/interface-6.31.config.json';
import config427 from '../testing/fixtures/interface-4.27.config.json';
import xray40 from '../testing/fixtures/xray-4.0.config.json';
import config420 from '../testing/fixtures/interface-4.20.config.json';

describe('normalizeConfig', () => {
  it('reads a 6.31 Interface config captured from the real server', () => {
    const config = normalizeConfig(config631, 'http://fallback');
    expect(config.version).toBe('6.31.0');
    expect(config.apiPrefix).toBe('/gradio_api');
    expect(config.root).toBe('http://127.0.0.1:7871');
    expect(config.title).toBe('Greeter');
    expect(config.components.get(1)?.type).toBe('textbox');
    expect(config.pages).toHaveLength(1);
    const predict = config.dependencies.find((d) => d.apiName === 'greet')!;
    expect(predict.targets).toEqual([
      { id: 10, event: 'click' },
      { id: 1, event: 'submit' },
    ]);
    expect(predict.queue).toBe(true);
    const clear = config.dependencies.find((d) => d.js === '() => [null, null]')!;
    expect(clear.backendFn).toBe(false);
    expect(clear.outputs).toEqual([1, 2]);
  });

  it('reads a 4.27 config: no api prefix, queue null means enable_queue', () => {
    const config = normalizeConfig(config427, 'http://x');
    expect(config.apiPrefix).toBe('');
    expect(config.dependencies[0]!.queue).toBe(true);
    expect(config.pages[0]!.layout).toBe(config.layout);
  });

  it('gives a 4.20 config (sse_v2, dependencies without ids) the ids the client looks events up by', () => {
    const config = normalizeConfig(config420, 'http://x');
    expect(config.protocol).toBe('sse_v2');
    expect(config.dependencies.map((d) => d.id)).toEqual([0, 1, 2, 3, 4, 5]);
    const deps = config.raw.dependencies as { id: number; api_name: unknown }[];
    expect(deps.map((d) => d.id)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(deps[0]!.api_name).toBe('predict');
    // Its CORS preflight allows no headers beyond Origin, Content-Type and Accept.
    expect(config.acceptsCustomHeaders).toBe(false);
    expect(normalizeConfig(config427, 'http://x').acceptsCustomHeaders).toBe(true);
    expect(normalizeConfig(config631, 'http://x').acceptsCustomHeaders).toBe(true);
    expect(normalizeConfig({ ...config420, version: '4.23.9' }, 'http://x').acceptsCustomHeaders).toBe(false);
    expect(normalizeConfig({ ...config420, version: '4.24.0' }, 'http://x').acceptsCustomHeaders).toBe(true);
    // The server's own ids are kept where it sent them.
    const raw427 = normalizeConfig(config427, 'http://x').raw.dependencies as { id: number }[];
    expect(raw427.map((d) => d.id)).toEqual([0, 1, 2]);
  });

  it('refuses the 4.0-4.8 "sse" protocol as unsupported (iframe fallback), not as malformed', () => {
    expect(() => normalizeConfig(xray40, 'http://x')).toThrow(UnsupportedAppError);
  });

  it('refuses 3.x websocket apps as unsupported', () => {
    expect(() => normalizeConfig({ ...config427, protocol: 'ws' }, 'http://x')).toThrow(UnsupportedAppError);
  });

  it('says which keys a malformed config lacks', () => {
    const { layout: _layout, ...broken } = config631;
    expect(() => normalizeConfig(broken, 'http://x')).toThrow(
      new ConfigError('The app config is malformed: it lacks "layout".'),
    );
    expect(() => normalizeConfig('nope', 'http://x')).toThrow(ConfigError);
    expect(() => normalizeConfig({ ...config631, components: [{ id: 'x' }] }, 'http://x')).toThrow(
      /malformed component/,
    );
  });

  it('defaults trigger_mode by the first event as the server does', () => {
    const raw = structuredClone(config631);
    raw.dependencies[0]!.trigger_mode = undefined as unknown as string;
    raw.dependencies[0]!.targets = [[1, 'change']];
    expect(normalizeConfig(raw, 'http://x').dependencies[0]!.triggerMode).toBe('always_last');
  });

  it("gives a 4.x/5.x Dataframe's column count and height their 6.x names", () => {
    const component = (props: Record<string, unknown>) =>
      normalizeConfig(
        { ...config631, components: [{ id: 1, type: 'dataframe', props }] },
        'http://x',
      ).components.get(1)!.props;
    // 4.44: col_count and height.
    expect(component({ col_count: [2, 'fixed'], height: 300 })).toEqual({
      col_count: [2, 'fixed'],
      column_count: [2, 'fixed'],
      max_height: 300,
    });
    // 5.x: col_count and max_height.
    expect(component({ col_count: [3, 'dynamic'], max_height: 500 })).toMatchObject({
      column_count: [3, 'dynamic'],
    });
    // 6.x sends both counts; its own column_count stands.
    expect(component({ col_count: [3, 'dynamic'], column_count: [2, 'fixed'] }).column_count).toEqual([
      2,
      'fixed',
    ]);
    // Other types keep their height.
    const other = normalizeConfig(
      { ...config631, components: [{ id: 1, type: 'json', props: { height: 300 } }] },
      'http://x',
    ).components.get(1)!.props;
    expect(other).toEqual({ height: 300 });
  });

  it('uses the fallback root when the server sent none', () => {
    const { root: _root, ...raw } = config631;
    expect(normalizeConfig(raw, 'http://app.example/sub/').root).toBe('http://app.example/sub');
  });
});

describe('buildTree', () => {
  it('joins layout ids with component types, keeping order and nesting', () => {
    const config = normalizeConfig(config631, 'http://x');
    const tree = buildTree(config.layout, config.components);
    expect(tree.type).toBe('root');
    expect(tree.children!.map((c) => c.type)).toEqual(['markdown', 'row']);
    const row = tree.children![1]!;
    expect(row.children!.map((c) => c.type)).toEqual(['column', 'column']);
    expect([...typesIn(tree)].sort()).toEqual([
      'button',
      'column',
      'form',
      'markdown',
      'root',
      'row',
      'textbox',
    ]);
  });
});

describe('resolveInteractivity', () => {
  it('makes inputs interactive and outputs static unless the server said otherwise', () => {
    const config = normalizeConfig(config631, 'http://x');
    const result = resolveInteractivity(config.components.values(), config.dependencies);
    expect(result.get(1)).toBe(true);
    expect(result.get(2)).toBe(false);
    expect(result.get(3)).toBe(false);
    expect(result.has(4)).toBe(false);
  });
});
