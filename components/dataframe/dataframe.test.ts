import { afterEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { runBlockContract } from '../../src/testing/block-contract.js';
import { mountBlock } from '../../src/testing/fixture.js';
import type { GrDataframe } from './dataframe.js';

const PEOPLE = {
  headers: ['name', 'age', 'member'],
  data: [
    ['Ada', 36, true],
    ['Grace', 85, false],
    ['Alan', 41, true],
  ],
  metadata: null,
};

runBlockContract('dataframe', PEOPLE);

/** The text of each drawn body row's cells, in row order. */
function rowsOf(el: HTMLElement): string[][] {
  return [...el.querySelectorAll<HTMLElement>('.df-body [role="row"]')]
    .sort((a, b) => Number(a.getAttribute('aria-rowindex')) - Number(b.getAttribute('aria-rowindex')))
    .map((row) =>
      [...row.querySelectorAll<HTMLElement>('[role="gridcell"]')].map((c) => c.textContent!.trim()),
    );
}

const settle = async (el: GrDataframe): Promise<void> => {
  for (let i = 0; i < 3; i++) {
    await el.updateComplete;
    await new Promise((r) => requestAnimationFrame(r));
  }
};

async function mount(props: Record<string, unknown>): Promise<{ el: GrDataframe; root: ShadowRoot }> {
  const { el, root } = await mountBlock<GrDataframe>('dataframe', { label: 'People', ...props });
  await settle(el);
  return { el, root };
}

describe('<gr-dataframe>', () => {
  afterEach(() => document.body.replaceChildren());

  describe('values', () => {
    it('draws headers and rows as an ARIA grid named by its label', async () => {
      const { el } = await mount({ value: PEOPLE });
      const grid = page.elementLocator(el).getByRole('grid', { name: 'People' });
      await expect.element(grid).toBeVisible();
      expect([...el.querySelectorAll('[role="columnheader"] .df-th-text')].map((h) => h.textContent)).toEqual(
        ['name', 'age', 'member'],
      );
      expect(rowsOf(el).map((r) => r.slice(0, 2))).toEqual([
        ['Ada', '36'],
        ['Grace', '85'],
        ['Alan', '41'],
      ]);
    });
  });
});
