import { afterEach, describe, expect, it, vi } from 'vitest';
import { runBlockContract } from '../../src/testing/block-contract.js';
import { mountBlock } from '../../src/testing/fixture.js';
import type { GrButton } from './button.js';

// A button's text is its value; it has no separate label.
runBlockContract('button', 'Go', { labelled: false });

describe('<gr-button>', () => {
  afterEach(() => document.body.replaceChildren());

  it('fires gr-click when pressed, not when disabled', async () => {
    const { el, root } = await mountBlock<GrButton>('button', {
      value: 'Run',
      variant: 'primary',
      interactive: true,
    });
    const onClick = vi.fn();
    root.addEventListener('gr-click', onClick);
    el.querySelector('button')!.click();
    expect(onClick).toHaveBeenCalledTimes(1);
    el.interactive = false;
    await el.updateComplete;
    el.querySelector('button')!.click();
    expect(onClick).toHaveBeenCalledTimes(1);
  });

  it('draws the variant from the theme variables', async () => {
    const { el } = await mountBlock<GrButton>('button', { value: 'Run', variant: 'primary' });
    el.style.setProperty('--button-primary-background-fill', 'rgb(1, 2, 3)');
    expect(getComputedStyle(el.querySelector('button')!).backgroundColor).toBe('rgb(1, 2, 3)');
  });
});
