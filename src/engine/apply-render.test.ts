import { describe, expect, it } from 'vitest';
import { applyRender } from './apply-render.js';
import { DependencyIndex } from './dependency-index.js';
import { AppStore } from '../store/app-store.js';
import { normalizeRenderConfig } from '../config/normalize.js';

const box = (id: number, key: string, label: string, extra: Record<string, unknown> = {}) => ({
  id,
  type: 'textbox',
  key,
  rendered_in: 0,
  props: { label, preserved_by_key: ['value'], ...extra },
});
const render = (components: unknown[], children: number[], dependencies: unknown[] = []) =>
  normalizeRenderConfig({
    render_id: 0,
    layout: { id: 11, children: children.map((id) => ({ id })) },
    components: [{ id: 11, type: 'column', props: {} }, ...components],
    dependencies,
  });

describe('applyRender', () => {
  it('swaps a render block contents, keeping values by key and dropping the rest', () => {
    const store = new AppStore([
      {
        id: 11,
        type: 'column',
        props: {},
        key: null,
        componentClassId: null,
        skipApi: true,
        renderedIn: null,
      },
    ]);
    const index = new DependencyIndex([]);
    applyRender(store, index, render([box(16, 'k0', 'Box 0'), box(17, 'k1', 'Box 1')], [16, 17]));
    expect(store.children(11)!.map((c) => c.id)).toEqual([16, 17]);
    store.setValue(17, 'typed', 'user');

    applyRender(
      store,
      index,
      render([box(20, 'k0', 'Box 0'), box(21, 'k1', 'Box 1'), box(22, 'k2', 'Box 2')], [20, 21, 22]),
    );
    expect(store.children(11)!.map((c) => c.id)).toEqual([20, 21, 22]);
    expect(store.value(21)).toBe('typed');
    expect(store.has(16)).toBe(false);
    expect(store.has(17)).toBe(false);
    // Blocks no listener uses and with no value are editable, as Gradio decides.
    expect(store.props(22).interactive).toBe(true);
  });

  it('replaces the render block listeners and returns its new load events', () => {
    const store = new AppStore([]);
    const index = new DependencyIndex([]);
    const dep = (id: number, event: string) => ({
      id,
      targets: [[16, event]],
      inputs: [],
      outputs: [],
      rendered_in: 0,
    });
    applyRender(store, index, render([box(16, 'k0', 'A')], [16], [dep(5, 'change')]));
    expect(index.triggered(16, 'change').map((d) => d.id)).toEqual([5]);
    const loads = applyRender(store, index, render([box(16, 'k0', 'A')], [16], [dep(6, 'load')]));
    expect(index.triggered(16, 'change')).toEqual([]);
    expect(loads.map((d) => d.id)).toEqual([6]);
  });
});
