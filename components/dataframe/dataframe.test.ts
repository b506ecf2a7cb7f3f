import { afterEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { runBlockContract } from '../../src/testing/block-contract.js';
import { mountBlock } from '../../src/testing/fixture.js';
import type { GrDataframe } from './dataframe.js';
import { renderExample } from './example.js';
import { html, render } from 'lit';

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

const frame = (): Promise<void> => new Promise((r) => requestAnimationFrame(() => r()));

/** Lets the table settle: its own updates, sizes read after layout, the virtualizer's range. */
async function settle(el: GrDataframe): Promise<void> {
  for (let i = 0; i < 4; i++) {
    await el.updateComplete;
    await frame();
  }
}

async function mount(props: Record<string, unknown>): Promise<{ el: GrDataframe; root: ShadowRoot }> {
  const { el, root } = await mountBlock<GrDataframe>('dataframe', { label: 'People', ...props });
  await settle(el);
  return { el, root };
}

/** The drawn body rows in view order, as the text of their cells. */
function rowsOf(el: HTMLElement): string[][] {
  return [...el.querySelectorAll<HTMLElement>('.df-body [role="row"]')]
    .sort((a, b) => Number(a.getAttribute('aria-rowindex')) - Number(b.getAttribute('aria-rowindex')))
    .map((row) =>
      [...row.querySelectorAll<HTMLElement>('[role="gridcell"]')].map((c) => c.textContent!.trim()),
    );
}

const headersOf = (el: HTMLElement): string[] =>
  [...el.querySelectorAll('[role="columnheader"] .df-th-text')].map((h) => h.textContent!);

/** The cell of a data row and column, if drawn. */
const cell = (el: HTMLElement, row: number, col: number): HTMLElement =>
  el.querySelector<HTMLElement>(`.df-body [data-row="${row}"] [data-col="${col}"]`)!;

const grid = (el: HTMLElement): HTMLElement => el.querySelector<HTMLElement>('.df-grid')!;

/** Every gr-* event the block fires, in order, with its payload. */
function record(root: ShadowRoot): { name: string; data: unknown }[] {
  const seen: { name: string; data: unknown }[] = [];
  for (const name of ['change', 'input', 'select', 'edit', 'custom_button_click'])
    root.addEventListener(`gr-${name}`, (e) =>
      seen.push({ name, data: (e as Event & { data: unknown }).data }),
    );
  return seen;
}

async function clickCell(
  el: GrDataframe,
  row: number,
  col: number,
  options?: { shiftKey?: boolean },
): Promise<void> {
  const target = cell(el, row, col);
  if (options?.shiftKey) {
    await userEvent.keyboard('{Shift>}');
    await userEvent.click(target);
    await userEvent.keyboard('{/Shift}');
  } else await userEvent.click(target);
  await settle(el);
}

async function keys(el: GrDataframe, text: string): Promise<void> {
  await userEvent.keyboard(text);
  await settle(el);
}

function clipboardEvent(type: 'copy' | 'paste' | 'cut', text?: string): ClipboardEvent {
  const data = new DataTransfer();
  if (text !== undefined) data.setData('text/plain', text);
  return new ClipboardEvent(type, { clipboardData: data, bubbles: true, cancelable: true });
}

describe('<gr-dataframe>', () => {
  afterEach(() => document.body.replaceChildren());

  describe('values', () => {
    it('draws headers and rows as an ARIA grid named by its label', async () => {
      const { el } = await mount({ value: PEOPLE });
      await expect.element(page.elementLocator(el).getByRole('grid', { name: 'People' })).toBeVisible();
      expect(headersOf(el)).toEqual(['name', 'age', 'member']);
      expect(rowsOf(el).map((r) => r.slice(0, 2))).toEqual([
        ['Ada', '36'],
        ['Grace', '85'],
        ['Alan', '41'],
      ]);
      expect(grid(el).getAttribute('aria-rowcount')).toBe('4');
      expect(grid(el).getAttribute('aria-readonly')).toBe('true');
    });

    it('reads every shape the servers send: bare rows, ragged rows, nulls and NaN, a 4.x empty table', async () => {
      const { el } = await mount({ value: [['a', 1], ['b']] });
      expect(headersOf(el)).toEqual(['1', '2']);
      expect(rowsOf(el)).toEqual([
        ['a', '1'],
        ['b', ''],
      ]);
      el.value = { headers: ['x', null], data: [[null, Number.NaN]], metadata: null };
      await settle(el);
      expect(headersOf(el)).toEqual(['x', '']);
      expect(rowsOf(el)).toEqual([['', '']]);
      // 4.44 sends an empty table as one row of empty strings.
      el.value = { headers: ['1', '2', '3'], data: [['', '', '']] };
      await settle(el);
      expect(rowsOf(el)).toEqual([['', '', '']]);
      el.value = null;
      await settle(el);
      expect(rowsOf(el)).toEqual([]);
    });

    it('without a value (a cleared input) shows the config headers, and a row can be added', async () => {
      const { el, root } = await mount({
        value: null,
        headers: ['a', 'b'],
        columnCount: [3, 'dynamic'],
        interactive: true,
      });
      expect(headersOf(el)).toEqual(['a', 'b', '3']);
      const events = record(root);
      await userEvent.click(page.elementLocator(el).getByRole('button', { name: 'Add row' }));
      await settle(el);
      expect(el.value).toEqual({ headers: ['a', 'b', '3'], data: [['', '', '']], metadata: null });
      expect(events.map((e) => e.name)).toEqual(['change', 'input']);
    });

    it("shows a Styler's display values and cell colours (static), the data when interactive", async () => {
      const styled = {
        headers: ['item', 'price'],
        data: [
          ['apple', 1.5],
          ['fig', 3],
        ],
        metadata: {
          display_value: [
            ['apple', '$1.50'],
            ['fig', '$3.00'],
          ],
          styling: [
            ['', ''],
            ['', 'background-color: rgb(254, 202, 202)'],
          ],
        },
      };
      const { el } = await mount({ value: styled });
      expect(rowsOf(el)).toEqual([
        ['apple', '$1.50'],
        ['fig', '$3.00'],
      ]);
      expect(getComputedStyle(cell(el, 1, 1)).backgroundColor).toBe('rgb(254, 202, 202)');
      el.interactive = true;
      await settle(el);
      expect(rowsOf(el)[1]).toEqual(['fig', '3']);
    });

    it('shows a clear message for a value of the wrong shape, and recovers with a good one', async () => {
      const { el } = await mount({ value: { headers: ['a'], data: 'not rows' } });
      expect(el.querySelector('[role="alert"]')?.textContent).toContain('"data" is not a list of rows');
      expect(el.querySelector('[role="grid"]')).toBeNull();
      el.value = { headers: ['a'], data: [[1], 'x'] };
      await settle(el);
      expect(el.querySelector('[role="alert"]')?.textContent).toContain('row 2 is not a list of cells');
      el.value = 42;
      await settle(el);
      expect(el.querySelector('[role="alert"]')).not.toBeNull();
      el.value = PEOPLE;
      await settle(el);
      expect(el.querySelector('[role="alert"]')).toBeNull();
      expect(rowsOf(el)).toHaveLength(3);
    });
  });

  describe('datatypes', () => {
    const TYPES = {
      headers: ['md', 'html', 'flag', 'pic', 'when', 'num'],
      data: [
        [
          '**bold** $$x^2$$',
          '<em>em</em><img src="x" onerror="window.__pwned = 1"><script>window.__pwned = 2</script>',
          true,
          'data:image/gif;base64,R0lGODlhAQABAAAAACw=',
          '2024-01-02',
          3.5,
        ],
        ['plain', '<b>b</b>', 'false', '', '2023-12-31', 4],
      ],
    };

    it('draws markdown (with LaTeX), sanitized html, checkboxes, images, dates and numbers', async () => {
      const { el } = await mount({
        value: TYPES,
        datatype: ['markdown', 'html', 'bool', 'image', 'date', 'number'],
      });
      await vi.waitFor(() => expect(cell(el, 0, 0).querySelector('strong')?.textContent).toBe('bold'));
      await vi.waitFor(() => expect(cell(el, 0, 0).querySelector('.katex')).not.toBeNull());
      await vi.waitFor(() => expect(cell(el, 0, 1).querySelector('em')?.textContent).toBe('em'));
      const html = cell(el, 0, 1).innerHTML;
      expect(html).not.toContain('onerror');
      expect(html).not.toContain('<script');
      expect((window as { __pwned?: number }).__pwned).toBeUndefined();
      const boxes = [cell(el, 0, 2), cell(el, 1, 2)].map((c) => c.querySelector<HTMLInputElement>('input')!);
      expect(boxes.map((b) => [b.type, b.checked, b.disabled])).toEqual([
        ['checkbox', true, true],
        ['checkbox', false, true],
      ]);
      expect(cell(el, 0, 3).querySelector('img')?.getAttribute('src')).toMatch(/^data:image\/gif/);
      expect(cell(el, 0, 4).textContent!.trim()).toBe('2024-01-02');
      expect(cell(el, 1, 5).textContent!.trim()).toBe('4');
    });

    it('markdown cells keep single line breaks with line_breaks, and join them without', async () => {
      const { el } = await mount({
        value: { headers: ['m'], data: [['one\ntwo']] },
        datatype: 'markdown',
        wrap: true,
      });
      await vi.waitFor(() => expect(cell(el, 0, 0).querySelector('br')).not.toBeNull());
      el.lineBreaks = false;
      await settle(el);
      await vi.waitFor(() => expect(cell(el, 0, 0).querySelector('br')).toBeNull());
    });

    it('cuts text at max_chars with "...", and shows all of it in the active cell', async () => {
      const { el } = await mount({ value: { headers: ['t'], data: [['abcdefghij']] }, maxChars: 4 });
      expect(cell(el, 0, 0).textContent!.trim()).toBe('abcd...');
      await clickCell(el, 0, 0);
      expect(cell(el, 0, 0).textContent!.trim()).toBe('abcdefghij');
    });

    it('datatypes follow the config headers when the value reorders columns', async () => {
      const { el } = await mount({
        headers: ['flag', 'n'],
        datatype: ['bool', 'number'],
        value: { headers: ['n', 'flag'], data: [[1, true]] },
      });
      expect(cell(el, 0, 1).querySelector('input[type="checkbox"]')).not.toBeNull();
      expect(cell(el, 0, 0).querySelector('input')).toBeNull();
    });
  });

  describe('layout', () => {
    it('keeps column_widths (px and % of the table), pins columns and numbers rows', async () => {
      const { el } = await mount({
        value: PEOPLE,
        columnWidths: ['200px', '25%', 80],
        pinnedColumns: 1,
        showRowNumbers: true,
      });
      const widths = [0, 1, 2].map((c) => cell(el, 0, c).getBoundingClientRect().width);
      const tableWidth = grid(el).clientWidth;
      const rowNumber = el.querySelector<HTMLElement>('.df-body .df-rownum')!;
      expect(widths[0]).toBe(200);
      expect(widths[1]).toBeCloseTo((tableWidth - rowNumber.offsetWidth) * 0.25, 0);
      expect(widths[2]).toBe(80);
      expect(rowNumber.textContent).toBe('1');
      expect(getComputedStyle(cell(el, 0, 0)).position).toBe('sticky');
      expect(getComputedStyle(cell(el, 0, 1)).position).not.toBe('sticky');
      expect(el.querySelectorAll('.df-body [role="rowheader"]')).toHaveLength(3);
    });

    it('fills the table with its columns when they are narrower than it', async () => {
      const { el } = await mount({ value: PEOPLE });
      const total = [0, 1, 2].reduce((a, c) => a + cell(el, 0, c).getBoundingClientRect().width, 0);
      expect(total).toBeCloseTo(grid(el).clientWidth, -1);
    });

    it('grows no taller than max_height and scrolls, with a sticky header', async () => {
      const data = Array.from({ length: 50 }, (_, i) => [`r${i}`]);
      const { el } = await mount({ value: { headers: ['h'], data }, maxHeight: 200 });
      expect(grid(el).getBoundingClientRect().height).toBeLessThanOrEqual(202);
      grid(el).scrollTop = 600;
      await settle(el);
      const header = el.querySelector<HTMLElement>('.df-header')!;
      expect(Math.round(header.getBoundingClientRect().top)).toBe(
        Math.round(grid(el).getBoundingClientRect().top) + 1,
      );
    });

    it('wraps text (rows grow) with wrap', async () => {
      const long = 'word '.repeat(80);
      const { el } = await mount({ value: { headers: ['a', 'b'], data: [[long, 'x']] }, wrap: true });
      expect(cell(el, 0, 0).getBoundingClientRect().height).toBeGreaterThan(60);
      el.wrap = false;
      await settle(el);
      expect(cell(el, 0, 0).getBoundingClientRect().height).toBeLessThan(45);
    });
  });

  describe('virtualization', () => {
    const big = {
      headers: ['id', 'name', 'value'],
      data: Array.from({ length: 100_000 }, (_, i) => [i, `row ${i}`, i * 0.5]),
    };

    it('holds only the rows in view of 100,000, and scrolls to the last one', async () => {
      const { el } = await mount({ value: big, maxHeight: 500 });
      const drawn = el.querySelectorAll('.df-body [role="row"]').length;
      expect(drawn).toBeGreaterThan(5);
      expect(drawn).toBeLessThan(60);
      expect(grid(el).getAttribute('aria-rowcount')).toBe('100001');
      grid(el).scrollTop = grid(el).scrollHeight;
      await settle(el);
      expect(cell(el, 99_999, 1)?.textContent?.trim()).toBe('row 99999');
      expect(el.querySelectorAll('.df-body [role="row"]').length).toBeLessThan(60);
      expect(cell(el, 0, 1)).toBeNull();
    });

    it('draws only the columns in view of a wide table', async () => {
      const headers = Array.from({ length: 300 }, (_, i) => `column ${i}`);
      const data = Array.from({ length: 20 }, (_, r) => headers.map((_, c) => `${r}:${c}`));
      const { el } = await mount({ value: { headers, data }, pinnedColumns: 1 });
      const cells = el.querySelector('.df-body [role="row"]')!.querySelectorAll('[role="gridcell"]').length;
      expect(cells).toBeLessThan(40);
      expect(cell(el, 0, 299)).toBeNull();
      grid(el).scrollLeft = grid(el).scrollWidth;
      await settle(el);
      expect(cell(el, 0, 299)?.textContent?.trim()).toBe('0:299');
      // The pinned column stays drawn.
      expect(cell(el, 0, 0)?.textContent?.trim()).toBe('0:0');
      expect(cell(el, 0, 299).getAttribute('aria-colindex')).toBe('300');
    });

    it('moving with the keyboard past the view scrolls the row into view', async () => {
      const { el } = await mount({ value: big, maxHeight: 300, interactive: true });
      await clickCell(el, 0, 0);
      await keys(el, '{Control>}{End}{/Control}');
      expect(cell(el, 99_999, 2)?.classList.contains('active')).toBe(true);
      await keys(el, '{PageUp}');
      const active = el.querySelector('.df-td.active')!;
      expect(Number(active.closest<HTMLElement>('[data-row]')!.dataset.row)).toBeLessThan(99_999);
      expect(grid(el).getAttribute('aria-activedescendant')).toBe(active.id);
    });
  });

  describe('select and editing', () => {
    it('a click selects a cell and reports SelectData', async () => {
      const { el, root } = await mount({ value: PEOPLE });
      const events = record(root);
      await clickCell(el, 1, 0);
      expect(events).toEqual([
        {
          name: 'select',
          data: {
            index: [1, 0],
            value: 'Grace',
            row_value: ['Grace', 85, false],
            col_value: ['Ada', 'Grace', 'Alan'],
          },
        },
      ]);
      expect(cell(el, 1, 0).classList.contains('active')).toBe(true);
      expect(document.activeElement === el.getRootNode() || el.contains(grid(el))).toBe(true);
    });

    it('typing replaces a cell; Enter keeps it and moves down, reporting edit, change, input', async () => {
      const { el, root } = await mount({ value: PEOPLE, interactive: true });
      await clickCell(el, 0, 0);
      const events = record(root);
      await keys(el, 'Bea{Enter}');
      expect(events.map((e) => e.name)).toEqual(['edit', 'change', 'input']);
      expect(events[0]!.data).toEqual({ index: [0, 0], value: 'Bea', previous_value: 'Ada' });
      expect((el.value as { data: unknown[][] }).data[0]).toEqual(['Bea', 36, true]);
      expect(cell(el, 1, 0).classList.contains('active')).toBe(true);
    });

    it('a number typed into a number cell stays a number', async () => {
      const { el } = await mount({ value: PEOPLE, interactive: true, datatype: ['str', 'number', 'bool'] });
      await clickCell(el, 1, 1);
      await keys(el, '99{Enter}');
      expect((el.value as { data: unknown[][] }).data[1]).toEqual(['Grace', 99, false]);
    });

    it('F2 edits the text as it is, Escape cancels, Tab keeps and moves right', async () => {
      const { el, root } = await mount({ value: PEOPLE, interactive: true });
      const events = record(root);
      await clickCell(el, 2, 0);
      events.length = 0;
      await keys(el, '{F2}');
      const editor = el.querySelector<HTMLTextAreaElement>('.df-editor')!;
      expect(editor.value).toBe('Alan');
      expect(el.getRootNode() instanceof ShadowRoot && (el.getRootNode() as ShadowRoot).activeElement).toBe(
        editor,
      );
      await keys(el, 'o{Escape}');
      expect(events).toEqual([]);
      expect(cell(el, 2, 0).textContent!.trim()).toBe('Alan');
      await keys(el, '{F2}s{Tab}');
      expect(cell(el, 2, 0).textContent!.trim()).toBe('Alans');
      expect(cell(el, 2, 1).classList.contains('active')).toBe(true);
      expect(events.map((e) => e.name)).toEqual(['edit', 'change', 'input']);
    });

    it('double-click edits; clicking elsewhere keeps the text', async () => {
      const { el } = await mount({ value: PEOPLE, interactive: true });
      await userEvent.dblClick(cell(el, 0, 0));
      await settle(el);
      const editor = el.querySelector<HTMLTextAreaElement>('.df-editor')!;
      await userEvent.fill(editor, 'Ada L.');
      await clickCell(el, 2, 1);
      expect(cell(el, 0, 0).textContent!.trim()).toBe('Ada L.');
    });

    it('a checkbox toggles a bool cell (edit carries the boolean); Space does too', async () => {
      const { el, root } = await mount({
        value: PEOPLE,
        interactive: true,
        datatype: ['str', 'number', 'bool'],
      });
      const events = record(root);
      await userEvent.click(cell(el, 1, 2).querySelector('input')!);
      await settle(el);
      expect(events.filter((e) => e.name === 'edit').map((e) => e.data)).toEqual([
        { index: [1, 2], value: true, previous_value: 'false' },
      ]);
      expect((el.value as { data: unknown[][] }).data[1]![2]).toBe(true);
      expect(cell(el, 1, 2).querySelector('input')!.checked).toBe(true);
      await keys(el, ' ');
      expect(cell(el, 1, 2).querySelector('input')!.checked).toBe(false);
      expect((el.value as { data: unknown[][] }).data[1]![2]).toBe(false);
      // The header's checkbox checks the whole column (it shows "some" first).
      const all = page.elementLocator(el).getByRole('checkbox', { name: 'Toggle all: member' });
      expect((all.element() as HTMLInputElement).indeterminate).toBe(true);
      await userEvent.click(all);
      await settle(el);
      expect((el.value as { data: unknown[][] }).data.map((r) => r[2])).toEqual([true, true, true]);
      await expect.element(all).toBeChecked();
    });

    it('arrows, Home/End and Ctrl+Home move; Shift extends the selection; Delete empties it', async () => {
      const { el, root } = await mount({
        value: PEOPLE,
        interactive: true,
        datatype: ['str', 'number', 'bool'],
      });
      await clickCell(el, 0, 0);
      await keys(el, '{ArrowDown}{ArrowRight}');
      expect(cell(el, 1, 1).classList.contains('active')).toBe(true);
      await keys(el, '{End}');
      expect(cell(el, 1, 2).classList.contains('active')).toBe(true);
      await keys(el, '{Control>}{Home}{/Control}');
      expect(cell(el, 0, 0).classList.contains('active')).toBe(true);
      await keys(el, '{Shift>}{ArrowDown}{ArrowRight}{/Shift}');
      expect(el.querySelectorAll('[aria-selected="true"]')).toHaveLength(4);
      const events = record(root);
      await keys(el, '{Delete}');
      expect(events.map((e) => e.name)).toEqual(['change', 'input']);
      expect((el.value as { data: unknown[][] }).data.slice(0, 2)).toEqual([
        ['', null, true],
        ['', null, false],
      ]);
    });

    it('dragging across cells selects a block', async () => {
      const { el } = await mount({ value: PEOPLE });
      await userEvent.dragAndDrop(cell(el, 0, 0), cell(el, 1, 2));
      await settle(el);
      expect(el.querySelectorAll('[aria-selected="true"]')).toHaveLength(6);
    });

    it('Shift+click selects a block', async () => {
      const { el } = await mount({ value: PEOPLE });
      await clickCell(el, 0, 0);
      await clickCell(el, 2, 1, { shiftKey: true });
      expect(el.querySelectorAll('[aria-selected="true"]')).toHaveLength(6);
    });

    it('a static table is not edited by typing; Enter selects', async () => {
      const { el, root } = await mount({ value: PEOPLE });
      await clickCell(el, 0, 0);
      const events = record(root);
      await keys(el, 'x{Enter}{F2}');
      expect(el.querySelector('.df-editor')).toBeNull();
      expect(events.map((e) => e.name)).toEqual(['select']);
    });

    it('static_columns stay as they are; others edit', async () => {
      const { el } = await mount({ value: PEOPLE, interactive: true, staticColumns: [0] });
      await clickCell(el, 0, 0);
      await keys(el, 'x{F2}');
      expect(el.querySelector('.df-editor')).toBeNull();
      expect(cell(el, 0, 0).getAttribute('aria-readonly')).toBe('true');
      expect(el.querySelector('[role="columnheader"] .df-lock')).not.toBeNull();
      await keys(el, '{ArrowRight}7{Enter}');
      expect((el.value as { data: unknown[][] }).data[0]).toEqual(['Ada', 7, true]);
    });

    it('renames a column from its header (F2), reporting the new headers', async () => {
      const { el, root } = await mount({ value: PEOPLE, interactive: true });
      await clickCell(el, 0, 1);
      await keys(el, '{ArrowUp}');
      expect(el.querySelector('.df-th.active')?.textContent).toContain('age');
      const events = record(root);
      await keys(el, '{F2}{Control>}a{/Control}years{Enter}');
      expect(headersOf(el)).toEqual(['name', 'years', 'member']);
      expect((el.value as { headers: string[] }).headers).toEqual(['name', 'years', 'member']);
      expect(events.map((e) => e.name)).toEqual(['change', 'input']);
    });
  });

  describe('clipboard', () => {
    it('Ctrl+C copies the selection as tab-separated text and an HTML table', async () => {
      const { el } = await mount({ value: PEOPLE });
      await clickCell(el, 0, 0);
      await clickCell(el, 1, 1, { shiftKey: true });
      const event = clipboardEvent('copy');
      grid(el).dispatchEvent(event);
      expect(event.defaultPrevented).toBe(true);
      expect(event.clipboardData!.getData('text/plain')).toBe('Ada\t36\nGrace\t85');
      expect(event.clipboardData!.getData('text/html')).toContain('<td>Grace</td>');
    });

    it('pastes a block from a spreadsheet, adding rows where rows are dynamic', async () => {
      const { el, root } = await mount({
        value: PEOPLE,
        interactive: true,
        datatype: ['str', 'number', 'bool'],
      });
      await clickCell(el, 2, 0);
      const events = record(root);
      grid(el).dispatchEvent(clipboardEvent('paste', 'Linus\t54\r\n"Multi\nline"\t7\r\n'));
      await settle(el);
      expect(events.map((e) => e.name)).toEqual(['change', 'input']);
      expect((el.value as { data: unknown[][] }).data.slice(2)).toEqual([
        ['Linus', 54, true],
        ['Multi\nline', 7, ''],
      ]);
    });

    it('a fixed row count and static columns keep their shape when pasting', async () => {
      const { el } = await mount({
        value: PEOPLE,
        interactive: true,
        rowCount: [3, 'fixed'],
        staticColumns: [1],
      });
      await clickCell(el, 2, 0);
      grid(el).dispatchEvent(clipboardEvent('paste', 'X\t1\nY\t2'));
      await settle(el);
      expect((el.value as { data: unknown[][] }).data).toEqual([
        ['Ada', 36, true],
        ['Grace', 85, false],
        ['X', 41, true],
      ]);
    });

    it('one pasted value fills the selected block', async () => {
      const { el } = await mount({ value: PEOPLE, interactive: true });
      await clickCell(el, 0, 0);
      await clickCell(el, 1, 0, { shiftKey: true });
      grid(el).dispatchEvent(clipboardEvent('paste', 'Z'));
      await settle(el);
      expect((el.value as { data: unknown[][] }).data.map((r) => r[0])).toEqual(['Z', 'Z', 'Alan']);
    });

    it('the copy button copies the table with its headers, or the selected block', async () => {
      const write = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
      const { el } = await mount({ value: PEOPLE });
      const button = page.elementLocator(el).getByRole('button', { name: 'Copy table' });
      await userEvent.click(button);
      expect(write).toHaveBeenLastCalledWith(
        'name\tage\tmember\nAda\t36\ttrue\nGrace\t85\tfalse\nAlan\t41\ttrue',
      );
      await clickCell(el, 1, 0);
      await clickCell(el, 2, 1, { shiftKey: true });
      await userEvent.click(button);
      expect(write).toHaveBeenLastCalledWith('Grace\t85\nAlan\t41');
      write.mockRestore();
    });

    it('Download CSV saves the table as shown', async () => {
      const blobs: Blob[] = [];
      const create = vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
        blobs.push(b as Blob);
        return 'blob:x';
      });
      const fetchSpy = vi.spyOn(window, 'fetch').mockRejectedValue(new Error('no'));
      const open = vi.spyOn(window, 'open').mockReturnValue(null);
      const { el } = await mount({ value: { headers: ['a', 'b'], data: [['x,y', 'say "hi"']] } });
      await userEvent.click(page.elementLocator(el).getByRole('button', { name: 'Download CSV' }));
      // A byte-order mark first, so spreadsheets read the file as UTF-8.
      const bytes = new Uint8Array(await blobs[0]!.arrayBuffer());
      expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(await blobs[0]!.text()).toBe('a,b\r\n"x,y","say ""hi"""');
      create.mockRestore();
      fetchSpy.mockRestore();
      open.mockRestore();
    });
  });

  describe('sort, search and filters', () => {
    const SCORES = {
      headers: ['city', 'score'],
      data: [
        ['Paris', 10],
        ['Lyon', 9],
        ['Nice', 10],
        ['Lille', 100],
      ],
    };
    const sortButton = (el: HTMLElement, name: string): HTMLElement =>
      el.querySelector<HTMLElement>(`button[aria-label="Sort by ${name}"]`)!;

    it('a header sorts ascending, descending, then not; numbers as numbers', async () => {
      const { el } = await mount({ value: SCORES });
      await userEvent.click(sortButton(el, 'score'));
      await settle(el);
      expect(rowsOf(el).map((r) => r[1])).toEqual(['9', '10', '10', '100']);
      expect(el.querySelectorAll('[aria-sort="ascending"]')).toHaveLength(1);
      await userEvent.click(sortButton(el, 'score'));
      await settle(el);
      expect(rowsOf(el).map((r) => r[1])).toEqual(['100', '10', '10', '9']);
      await userEvent.click(sortButton(el, 'score'));
      await settle(el);
      expect(rowsOf(el).map((r) => r[0])).toEqual(['Paris', 'Lyon', 'Nice', 'Lille']);
    });

    it('Shift sorts by several columns; select reports the row in the data', async () => {
      const { el, root } = await mount({ value: SCORES });
      await userEvent.click(sortButton(el, 'score'));
      await userEvent.keyboard('{Shift>}');
      await userEvent.click(sortButton(el, 'city'));
      await userEvent.keyboard('{/Shift}');
      await settle(el);
      expect(rowsOf(el).map((r) => r[0])).toEqual(['Lyon', 'Nice', 'Paris', 'Lille']);
      const rank = (name: string): string | null | undefined =>
        sortButton(el, name).querySelector('.df-sort-rank')?.textContent;
      expect([rank('score'), rank('city')]).toEqual(['1', '2']);
      const events = record(root);
      await userEvent.click(el.querySelector('.df-body [aria-rowindex="3"] [data-col="0"]')!);
      expect((events[0]!.data as { index: number[] }).index).toEqual([2, 0]);
      // The value is not reordered: sorting is a view.
      expect((el.value as { data: unknown[][] }).data[0]).toEqual(['Paris', 10]);
    });

    it('Enter on a header sorts it from the keyboard', async () => {
      const { el } = await mount({ value: SCORES });
      await clickCell(el, 0, 0);
      await keys(el, '{ArrowUp}{Enter}');
      expect(rowsOf(el).map((r) => r[0])).toEqual(['Lille', 'Lyon', 'Nice', 'Paris']);
    });

    it('search shows the rows holding the text; filter mode keeps them in the value', async () => {
      const { el, root } = await mount({ value: SCORES, showSearch: 'filter', interactive: true });
      const search = page.elementLocator(el).getByRole('searchbox', { name: 'Filter the rows' });
      await userEvent.fill(search.element(), 'li');
      await settle(el);
      expect(rowsOf(el).map((r) => r[0])).toEqual(['Lille']);
      expect((el.value as { data: unknown[] }).data).toHaveLength(4);
      const events = record(root);
      await userEvent.click(page.elementLocator(el).getByRole('button', { name: 'Apply filter' }));
      await settle(el);
      expect(events.map((e) => e.name)).toEqual(['change', 'input']);
      expect((el.value as { data: unknown[] }).data).toEqual([['Lille', 100]]);
    });

    it("a column filter from the header's menu", async () => {
      const { el } = await mount({ value: SCORES });
      await userEvent.click(el.querySelector<HTMLElement>('button[aria-label="Column menu for score"]')!);
      await settle(el);
      await userEvent.click(page.getByRole('menuitem', { name: 'Filter…' }));
      await settle(el);
      const dialog = page.getByRole('dialog', { name: 'Filter score' });
      await userEvent.selectOptions(dialog.getByRole('combobox', { name: 'Condition' }), '>');
      await userEvent.fill(dialog.getByRole('textbox', { name: 'Value' }), '9.5');
      await userEvent.click(dialog.getByRole('button', { name: 'Apply' }));
      await settle(el);
      expect(rowsOf(el).map((r) => r[0])).toEqual(['Paris', 'Nice', 'Lille']);
      expect(el.querySelector('.df-filtered')).not.toBeNull();
    });
  });

  describe('rows and columns', () => {
    async function menu(el: GrDataframe, row: number, col: number): Promise<void> {
      await clickCell(el, row, col);
      await keys(el, '{Shift>}{F10}{/Shift}');
    }

    it('adds and deletes rows and columns from the cell menu (keyboard)', async () => {
      const { el, root } = await mount({ value: PEOPLE, interactive: true });
      await menu(el, 0, 0);
      const items = page.getByRole('menuitem');
      await expect.element(items.first()).toHaveTextContent('Add row above');
      const events = record(root);
      await keys(el, '{ArrowDown}{Enter}');
      expect(events.map((e) => e.name)).toEqual(['change', 'input']);
      expect((el.value as { data: unknown[][] }).data.map((r) => r[0])).toEqual(['Ada', '', 'Grace', 'Alan']);
      await menu(el, 1, 0);
      await userEvent.click(page.getByRole('menuitem', { name: 'Delete row' }));
      await settle(el);
      expect((el.value as { data: unknown[][] }).data.map((r) => r[0])).toEqual(['Ada', 'Grace', 'Alan']);
      await menu(el, 0, 2);
      await userEvent.click(page.getByRole('menuitem', { name: 'Add column right' }));
      await settle(el);
      expect(headersOf(el)).toEqual(['name', 'age', 'member', 'Header 4']);
      await menu(el, 0, 0);
      await userEvent.click(page.getByRole('menuitem', { name: 'Delete column' }));
      await settle(el);
      expect(headersOf(el)).toEqual(['age', 'member', 'Header 4']);
      expect((el.value as { data: unknown[][] }).data[0]).toEqual([36, true, '']);
    });

    it('Escape closes the menu and gives the keyboard back to the table', async () => {
      const { el } = await mount({ value: PEOPLE, interactive: true });
      await menu(el, 0, 0);
      await expect.element(page.getByRole('menu')).toBeVisible();
      await keys(el, '{Escape}');
      expect(el.querySelector('.df-menu')).toBeNull();
      expect((el.getRootNode() as ShadowRoot).activeElement).toBe(grid(el));
    });

    it('keeps to row_limits and fixed counts', async () => {
      const { el } = await mount({
        value: PEOPLE,
        interactive: true,
        rowLimits: [3, 3],
        columnLimits: [1, 3],
      });
      await menu(el, 0, 0);
      const labels = [...el.querySelectorAll('[role="menuitem"]')].map((b) => b.textContent!.trim());
      expect(labels).toEqual(['Delete column']);
      await keys(el, '{Escape}');
      el.rowLimits = null;
      el.rowCount = [3, 'fixed'];
      el.columnCount = [3, 'fixed'];
      await settle(el);
      cell(el, 0, 0).dispatchEvent(new MouseEvent('contextmenu', { bubbles: true, cancelable: true }));
      await settle(el);
      expect(el.querySelector('.df-menu')).toBeNull();
    });

    it('an empty dynamic table offers to add a row', async () => {
      const { el, root } = await mount({ value: { headers: ['a', 'b'], data: [] }, interactive: true });
      const events = record(root);
      await userEvent.click(page.elementLocator(el).getByRole('button', { name: 'Add row' }));
      await settle(el);
      expect(el.value).toEqual({ headers: ['a', 'b'], data: [['', '']], metadata: null });
      expect(events.map((e) => e.name)).toEqual(['change', 'input']);
    });
  });

  describe('toolbar', () => {
    it('shows all buttons by default (6.x), those listed in buttons, or the 5.x flags', async () => {
      const { el } = await mount({ value: PEOPLE });
      const names = (): string[] =>
        [...el.querySelectorAll('.df-toolbar button')].map((b) => b.getAttribute('aria-label')!);
      expect(names()).toEqual(['Copy table', 'Download CSV', 'Fullscreen']);
      el.buttons = ['fullscreen'];
      await settle(el);
      expect(names()).toEqual(['Fullscreen']);
      el.buttons = null;
      el.showCopyButton = false;
      el.showFullscreenButton = false;
      await settle(el);
      expect(names()).toEqual([]);
    });

    it('a custom gr.Button in buttons reports custom_button_click', async () => {
      const { el, root } = await mount({ value: PEOPLE, buttons: ['copy', { id: 42, value: 'Refresh' }] });
      const events = record(root);
      await userEvent.click(page.elementLocator(el).getByRole('button', { name: 'Refresh' }));
      expect(events).toEqual([{ name: 'custom_button_click', data: { id: 42 } }]);
    });

    it('fullscreen covers the window and comes back', async () => {
      const { el } = await mount({ value: PEOPLE });
      await userEvent.click(page.elementLocator(el).getByRole('button', { name: 'Fullscreen' }));
      await settle(el);
      const box = el.getBoundingClientRect();
      expect(box.height).toBeGreaterThan(window.innerHeight - 2);
      await userEvent.click(page.elementLocator(el).getByRole('button', { name: 'Exit fullscreen' }));
      await settle(el);
      expect(el.getBoundingClientRect().height).toBeLessThan(window.innerHeight - 50);
    });
  });

  describe('example form', () => {
    it('shows the first three rows and columns of a sample, "…" for the rest, "Empty" for none', () => {
      const host = document.createElement('div');
      document.body.append(host);
      const sample = Array.from({ length: 5 }, (_, r) => [r, `n${r}`, r * 2, 'more']);
      render(html`${renderExample(sample, {}, { layout: 'table', fileUrl: () => null })}`, host);
      const rows = [...host.querySelectorAll('tr')].map((tr) =>
        [...tr.querySelectorAll('td')].map((td) => td.textContent),
      );
      expect(rows).toEqual([['0', 'n0', '0', '…'], ['1', 'n1', '2', '…'], ['2', 'n2', '4', '…'], ['…']]);
      render(html`${renderExample([], {}, { layout: 'table', fileUrl: () => null })}`, host);
      expect(host.textContent!.trim()).toBe('Empty');
      render(html`${renderExample('', {}, { layout: 'table', fileUrl: () => null })}`, host);
      expect(host.textContent!.trim()).toBe('');
    });
  });
});
