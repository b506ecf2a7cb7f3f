import { test, expect, allVersions, sinceGradio } from './fixtures/test.js';

test.describe('gr.Draggable', allVersions, () => {
  sinceGradio(5, 'gr.Draggable arrived in Gradio 5');

  test('dragging an input by its handle reorders it; values stay with their inputs', async ({
    page,
    gradio,
    embed,
  }) => {
    const app = await gradio('draggable');
    await embed(`<gradio-app src="${app.url}"></gradio-app>`);
    const root = page.locator('gradio-app');
    await expect(root.locator('iframe')).toHaveCount(0);
    const column = root.locator('gr-draggable').first();
    const labels = column.locator('.draggable-item .label');
    await expect(labels).toHaveText(['First', 'Second', 'Third']);
    await column.getByRole('listitem').first().hover();
    await column
      .getByRole('button', { name: 'Move item 1 of 3' })
      .dragTo(column.getByRole('listitem').nth(2));
    await expect(labels).toHaveText(['Second', 'Third', 'First']);
    await root.getByLabel('First').fill('uno');
    await root.getByRole('button', { name: 'Report' }).click();
    await expect(root.getByLabel('Report', { exact: true })).toHaveValue('uno|two|three');
  });

  test('the keyboard reorders too: Tab to a handle, arrow keys move its item', async ({
    page,
    gradio,
    embed,
  }) => {
    const app = await gradio('draggable');
    await embed(`<gradio-app src="${app.url}"></gradio-app>`);
    const root = page.locator('gradio-app');
    const column = root.locator('gr-draggable').first();
    await root.getByLabel('Third').focus();
    await page.keyboard.press('Tab');
    await expect(column.getByRole('button', { name: 'Move item 3 of 3' })).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect(column.locator('.draggable-item .label')).toHaveText(['Third', 'First', 'Second']);
    await expect(column.getByRole('button', { name: 'Move item 1 of 3' })).toBeFocused();
    await expect(column.getByRole('status')).toHaveText('Moved to position 1 of 3.');

    const row = root.locator('gr-draggable').nth(1);
    await row.getByRole('button', { name: 'Move item 1 of 2' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(row.getByRole('listitem')).toHaveText(['Card B', 'Card A'].map((t) => new RegExp(t)));
  });
});
