import { afterEach, describe, expect, it } from 'vitest';
import { mountBlock } from '../../src/testing/fixture.js';
import type { GrAccordion } from './accordion.js';

describe('<gr-accordion>', () => {
  afterEach(() => document.body.replaceChildren());

  it('its header is a named button even without a label (axe button-name)', async () => {
    const { el } = await mountBlock<GrAccordion>('accordion', { label: null, open: true });
    const header = el.querySelector('button')!;
    expect(header.getAttribute('aria-label')).toBe('Accordion');
    el.label = 'More options';
    await el.updateComplete;
    // A label names the button through its text, as before.
    expect(header.hasAttribute('aria-label')).toBe(false);
    expect(header.textContent).toContain('More options');
  });
});
