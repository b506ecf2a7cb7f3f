import { afterEach, describe, expect, it } from 'vitest';
import { mountBlock } from '../../src/testing/fixture.js';

const types = [
  'number',
  'slider',
  'checkbox',
  'checkboxgroup',
  'radio',
  'dropdown',
  'colorpicker',
  'datetime',
];

describe('validator messages on the form inputs', () => {
  afterEach(() => document.body.replaceChildren());

  for (const type of types)
    it(`${type} shows a validator's message under the control and drops it when cleared`, async () => {
      const { el } = await mountBlock(type, { label: 'L', interactive: true });
      Object.assign(el, { validationError: 'Not like that' });
      await el.updateComplete;
      expect(el.querySelector('[role=alert]')!.textContent).toContain('Not like that');
      Object.assign(el, { validationError: null });
      await el.updateComplete;
      expect(el.querySelector('[role=alert]')).toBeNull();
    });
});
