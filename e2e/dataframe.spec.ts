import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures/test.js';

/** What Python's json.dumps printed, parsed; `after`: waits for a report other than that one. */
async function received(box: Locator, after = ''): Promise<unknown> {
  await expect(box).not.toHaveValue(after);
  return JSON.parse(await box.inputValue());
}

async function openApp(page: Page, embed: (body: string) => Promise<void>, url: string): Promise<Locator> {
  await embed(`<gradio-app src="${url}"></gradio-app>`);
  const app = page.locator('gradio-app');
  await expect(app.getByRole('grid', { name: 'People' })).toBeVisible();
  return app;
}

/** A cell by the text it shows. */
const cellNamed = (grid: Locator, text: string): Locator =>
  grid.getByRole('gridcell', { name: text, exact: true });

/** The text of a grid's body rows, row by row (what a user reads). */
async function rowsText(grid: Locator): Promise<string[][]> {
  return grid.evaluate((g) =>
    [...g.querySelectorAll<HTMLElement>('.df-body [role="row"]')]
      .sort((a, b) => Number(a.getAttribute('aria-rowindex')) - Number(b.getAttribute('aria-rowindex')))
      .map((row) =>
        [...row.querySelectorAll<HTMLElement>('[role="gridcell"]')].map((c) => c.innerText.trim()),
      ),
  );
}

test.describe('dataframe', () => {
  test('renders natively: Styler values and colours, datatypes, a wrong-shape value as a message', async ({
    page,
    gradio,
    embed,
  }) => {
    // The first test of a worker starts the app's server.
    test.setTimeout(120_000);
    const server = await gradio('dataframe');
    const app = await openApp(page, embed, server.url);
    await expect(app.locator('iframe')).toHaveCount(0);

    const styled = app.getByRole('grid', { name: 'Styled' });
    expect(await rowsText(styled)).toEqual([
      ['apple', '$1.50'],
      ['pear', '$0.25'],
      ['fig', '$3.00'],
    ]);
    await expect(cellNamed(styled, '$3.00')).toHaveCSS('background-color', 'rgb(254, 202, 202)');

    const types = app.getByRole('grid', { name: 'Types' });
    await expect(types.locator('strong', { hasText: 'bold' })).toBeVisible();
    await expect(types.locator('.katex').first()).toBeVisible();
    await expect(types.getByRole('link', { name: 'a link' })).toHaveAttribute('target', '_blank');
    await expect(types.locator('em', { hasText: 'emphasis' })).toBeVisible();
    expect(await types.locator('[onerror]').count()).toBe(0);
    await expect(types.getByRole('checkbox')).toHaveCount(2);
    await expect(types.getByRole('checkbox').first()).toBeChecked();
    await expect(cellNamed(types, 'plain <b>not bold</b>')).toBeVisible();

    const fixed = app.getByRole('grid', { name: 'Fixed' });
    await expect(fixed.getByRole('columnheader', { name: /^a/ }).locator('.df-lock')).toBeVisible();

    await app.getByRole('button', { name: 'Break the table' }).click();
    await expect(app.getByRole('alert').filter({ hasText: 'cannot show its value' })).toContainText(
      '"data" is not a list of rows',
    );
    // The rest of the app goes on.
    await cellNamed(app.getByRole('grid', { name: 'People' }), 'Ada').click();
    await expect(app.getByLabel('Selected')).toHaveValue(/"value": "Ada"/);
  });

  test('the same table text as the official page', async ({ page, gradio, embed }) => {
    const server = await gradio('dataframe');
    await page.goto(server.url);
    const official: Record<string, string[]> = {};
    for (const label of ['Styled', 'Scores', 'Matrix']) {
      const table = page
        .locator('.table-container')
        .filter({ has: page.locator('.label', { hasText: label }) });
      await expect(table.locator('[data-testid="cell-0-0"]')).toBeVisible();
      official[label] = await table
        .locator('[data-testid^="cell-"]')
        .evaluateAll((cells) => cells.map((c) => (c as HTMLElement).innerText.trim()));
    }
    const app = await openApp(page, embed, server.url);
    for (const label of ['Styled', 'Scores', 'Matrix']) {
      const ours = (await rowsText(app.getByRole('grid', { name: label }))).flat();
      expect(ours, label).toEqual(official[label]);
    }
  });

  test('an edited cell reaches Python (numbers stay numbers); select and edit payloads as Python reads them', async ({
    page,
    gradio,
    embed,
  }) => {
    const server = await gradio('dataframe');
    const app = await openApp(page, embed, server.url);
    const people = app.getByRole('grid', { name: 'People' });
    await cellNamed(people, 'Grace').click();
    expect(await received(app.getByLabel('Selected'))).toEqual({
      index: [1, 0],
      value: 'Grace',
      row_value: ['Grace', 85, false],
      col_value: ['Ada', 'Grace', 'Alan'],
    });
    await page.keyboard.press('ArrowRight');
    await page.keyboard.type('99');
    await page.keyboard.press('Enter');
    expect(await received(app.getByLabel('Received', { exact: true }))).toEqual({
      headers: ['name', 'age', 'member'],
      data: [
        ['Ada', 36, true],
        ['Grace', 99, false],
        ['Alan', 41, true],
      ],
      dtypes: ['str', 'int64', 'bool'],
    });
    expect(await received(app.getByLabel('Edited'))).toEqual({
      index: [1, 1],
      value: '99',
      previous_value: '85',
    });

    // A checkbox; the edit carries the boolean.
    const before = await app.getByLabel('Edited').inputValue();
    await people.getByRole('row').nth(3).getByRole('checkbox').click();
    expect(await received(app.getByLabel('Edited'), before)).toEqual({
      index: [2, 2],
      value: false,
      previous_value: 'true',
    });
    await expect(app.getByLabel('Received', { exact: true })).toHaveValue(/\["Alan", 41, false\]/);
  });

  test('rows added and deleted from the menu reach Python; the app filling the table fires no input', async ({
    page,
    gradio,
    embed,
  }) => {
    const server = await gradio('dataframe');
    const app = await openApp(page, embed, server.url);
    const people = app.getByRole('grid', { name: 'People' });
    const got = app.getByLabel('Received', { exact: true });
    await cellNamed(people, 'Ada').click({ button: 'right' });
    await app.getByRole('menuitem', { name: 'Add row below' }).click();
    expect(((await received(got)) as { data: unknown[][] }).data).toEqual([
      ['Ada', 36, true],
      ['', '', ''],
      ['Grace', 85, false],
      ['Alan', 41, true],
    ]);
    let last = await got.inputValue();
    await cellNamed(people, 'Grace').click();
    await page.keyboard.press('Shift+F10');
    await app.getByRole('menuitem', { name: 'Delete row' }).click();
    expect(((await received(got, last)) as { data: unknown[][] }).data.map((r) => r[0])).toEqual([
      'Ada',
      '',
      'Alan',
    ]);

    // A column, named as Gradio names new ones.
    last = await got.inputValue();
    await cellNamed(people, 'Alan').click({ button: 'right' });
    await app.getByRole('menuitem', { name: 'Add column right' }).click();
    expect(((await received(got, last)) as { headers: string[] }).headers).toEqual([
      'name',
      'Header 4',
      'age',
      'member',
    ]);

    // The fixed table (a fixed row count, a static column, so fixed columns too) has no menu, and
    // its static column does not edit.
    const fixed = app.getByRole('grid', { name: 'Fixed' });
    await cellNamed(fixed, '2').click({ button: 'right' });
    await expect(app.getByRole('menu')).toHaveCount(0);
    await cellNamed(fixed, '1').click();
    await page.keyboard.type('5');
    await expect(fixed.locator('.df-editor')).toHaveCount(0);

    last = await got.inputValue();
    await app.getByRole('button', { name: 'Fill from Python' }).click();
    await expect(cellNamed(people, 'p')).toBeVisible();
    expect(await rowsText(people)).toEqual([
      ['10', 'p'],
      ['20', 'q'],
    ]);
    await page.waitForTimeout(500);
    await expect(got).toHaveValue(last);
  });

  test('a block of cells pasted from a spreadsheet reaches Python', async ({
    page,
    context,
    gradio,
    embed,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const server = await gradio('dataframe');
    const app = await openApp(page, embed, server.url);
    const people = app.getByRole('grid', { name: 'People' });
    await cellNamed(people, 'Alan').click();
    await page.evaluate(() => navigator.clipboard.writeText('Linus\t54\r\nKen\t80\r\n'));
    await page.keyboard.press('Control+V');
    expect(
      ((await received(app.getByLabel('Received', { exact: true }))) as { data: unknown[][] }).data,
    ).toEqual([
      ['Ada', 36, true],
      ['Grace', 85, false],
      ['Linus', 54, true],
      ['Ken', 80, ''],
    ]);
    // And a selection copies as tab-separated text.
    await cellNamed(people, 'Linus').click();
    await cellNamed(people, 'Ken').click({ modifiers: ['Shift'] });
    await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.press('Control+C');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('Linus\t54\nKen\t80');
  });

  test('sort and search', async ({ page, gradio, embed }) => {
    const server = await gradio('dataframe');
    const app = await openApp(page, embed, server.url);
    const scores = app.getByRole('grid', { name: 'Scores' });
    await scores.getByRole('button', { name: 'Sort by score' }).click();
    expect((await rowsText(scores)).map((r) => r[2])).toEqual(['1', '3', '3', '4', '5']);
    await scores.getByRole('button', { name: 'Sort by city' }).click({ modifiers: ['Shift'] });
    expect((await rowsText(scores)).map((r) => r.join(' '))).toEqual([
      'Paris 2021 1',
      'Lille 2021 3',
      'Lyon 2021 3',
      'Nice 2020 4',
      'Paris 2020 5',
    ]);
    await expect(scores.getByRole('columnheader', { name: /score/ })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    await app.getByRole('searchbox', { name: 'Search the table' }).fill('par');
    expect((await rowsText(scores)).map((r) => r.join(' '))).toEqual(['Paris 2021 1', 'Paris 2020 5']);

    // Filter mode keeps what the search leaves, and Python gets it.
    const filterBox = app.getByRole('searchbox', { name: 'Filter the rows' });
    await filterBox.fill('2020');
    await filterBox.press('Enter');
    expect(((await received(app.getByLabel('Filtered received'))) as { data: unknown[][] }).data).toEqual([
      ['Paris', 2020, 5],
      ['Nice', 2020, 4],
    ]);
  });

  test('a 100,000-row table: only rows in view are drawn, it scrolls to the end, select reaches Python', async ({
    page,
    gradio,
    embed,
  }) => {
    test.setTimeout(150_000);
    const server = await gradio('dataframe_big');
    await embed(`<gradio-app src="${server.url}"></gradio-app>`);
    const app = page.locator('gradio-app');
    const big = app.getByRole('grid', { name: 'Big' });
    // The 100,000 rows come through the queue when the page loads.
    await expect(cellNamed(big, 'row 0')).toBeVisible({ timeout: 60_000 });
    await expect(big).toHaveAttribute('aria-rowcount', '100001');
    expect(await big.locator('.df-body [role="row"]').count()).toBeLessThan(60);

    // Scroll as a user does, then jump to the end from the keyboard.
    await big.hover();
    for (let i = 0; i < 10; i++) await page.mouse.wheel(0, 2000);
    await expect(cellNamed(big, 'row 10')).toHaveCount(0);
    await big.focus();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('ArrowLeft');
    await expect(cellNamed(big, 'row 99999')).toBeVisible();
    await cellNamed(big, 'row 99999').click();
    expect(await received(app.getByLabel('Selected'))).toEqual({
      index: [99999, 1],
      value: 'row 99999',
      row_value: [99999, 'row 99999', 49999.5],
    });
    expect(await big.locator('.df-body [role="row"]').count()).toBeLessThan(60);
    await expect(big.getByRole('rowheader', { name: '100000' })).toBeVisible();

    // Search finds a row among them.
    await app.getByRole('searchbox', { name: 'Search the table' }).fill('row 54321');
    await expect(cellNamed(big, 'row 54321')).toBeVisible();
    await expect(big).toHaveAttribute('aria-rowcount', '2');

    // The wide table scrolls sideways, its two pinned columns staying.
    const wide = app.getByRole('grid', { name: 'Wide' });
    await wide.scrollIntoViewIfNeeded();
    await expect(cellNamed(wide, '0:199')).toHaveCount(0);
    await wide.evaluate((g) => (g.scrollLeft = g.scrollWidth));
    await expect(cellNamed(wide, '0:199')).toBeVisible();
    await expect(cellNamed(wide, '0:1')).toBeVisible();
  });
});
