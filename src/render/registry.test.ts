import { describe, expect, it } from 'vitest';
import { ensureDefined, isKnownType, knownTypes, UnknownBlockTypeError } from './registry.js';
import { applyProps } from './prop-map.js';
import type { GradioElement } from '../base/gradio-element.js';

describe('registry', () => {
  it('finds every component folder, and each module defines gr-<type>', async () => {
    const types = knownTypes();
    expect(types).toEqual(
      expect.arrayContaining(['textbox', 'button', 'markdown', 'row', 'column', 'form', 'group']),
    );
    for (const type of types) {
      await ensureDefined(type);
      expect(customElements.get(`gr-${type}`), type).toBeDefined();
    }
  });

  it('rejects types it has no element for', async () => {
    expect(isKnownType('not-a-type')).toBe(false);
    await expect(ensureDefined('not-a-type')).rejects.toBeInstanceOf(UnknownBlockTypeError);
  });
});

describe('applyProps', () => {
  it('sets declared props camelCased, elem_id/elem_classes as id/class, visible as hidden', async () => {
    await ensureDefined('textbox');
    const el = document.createElement('gr-textbox') as GradioElement & {
      value: string;
      maxLines: number | null;
    };
    applyProps(el, {
      value: 'hi',
      max_lines: 4,
      elem_id: 'name-box',
      elem_classes: ['a', 'b'],
      visible: false,
      not_a_prop: 1,
      name: 'textbox',
    });
    expect(el.value).toBe('hi');
    expect(el.maxLines).toBe(4);
    expect(el.id).toBe('name-box');
    expect(el.className).toBe('a b');
    expect(el.hidden).toBe(true);
    expect('notAProp' in el).toBe(false);
    applyProps(el, { visible: 'hidden' });
    expect(el.hidden).toBe(true);
    applyProps(el, { visible: true });
    expect(el.hidden).toBe(false);
    expect(el.hasAttribute('id')).toBe(false);
  });
});
