import { describe, expect, it } from 'vitest';
import { render } from 'lit';
import { renderBlock } from './block-directive.js';
import { ensureDefined } from './registry.js';
import { AppStore } from '../store/app-store.js';
import { testServices } from '../testing/services.js';

describe("a block's empty value", () => {
  it('a Textbox given null holds "" (what Gradio sends after a ClearButton), and shows it', async () => {
    await ensureDefined('textbox');
    const store = new AppStore([
      {
        id: 1,
        type: 'textbox',
        props: { value: 'hi', label: 'T' },
        key: null,
        componentClassId: null,
        skipApi: false,
        renderedIn: null,
      },
    ]);
    const context = {
      store,
      placeholder: () => null,
      translate: (v: unknown) => v,
      services: testServices(),
    };
    const host = document.createElement('div');
    document.body.append(host);
    render(renderBlock({ id: 1, type: 'textbox' }, context), host);
    const changes: unknown[] = [];
    store.onValueChange((_id, value) => changes.push(value));
    store.setValue(1, null, 'output');
    await Promise.resolve();
    expect(store.value(1)).toBe('');
    expect(changes).toEqual([null, '']);
    const el = host.querySelector('gr-textbox')!;
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(el.querySelector<HTMLInputElement>('input, textarea')!.value).toBe('');
    host.remove();
  });

  it('a block type without an empty value keeps null', async () => {
    await ensureDefined('dataset');
    const store = new AppStore([
      {
        id: 2,
        type: 'dataset',
        props: { value: 1, samples: [] },
        key: null,
        componentClassId: null,
        skipApi: false,
        renderedIn: null,
      },
    ]);
    const context = {
      store,
      placeholder: () => null,
      translate: (v: unknown) => v,
      services: testServices(),
    };
    const host = document.createElement('div');
    document.body.append(host);
    render(renderBlock({ id: 2, type: 'dataset' }, context), host);
    store.setValue(2, null, 'output');
    await Promise.resolve();
    expect(store.value(2)).toBeNull();
    host.remove();
  });
});
