import { test, expect } from './fixtures/test.js';
import type { Page } from '@playwright/test';

async function open(
  page: Page,
  gradio: (app: string) => Promise<{ url: string }>,
  embed: (b: string) => Promise<void>,
) {
  const app = await gradio('dialogue');
  await embed(`<gradio-app src="${app.url}"></gradio-app>`);
  const root = page.locator('gradio-app');
  await expect(root.locator('iframe')).toHaveCount(0);
  const script = root.locator('gr-dialogue').filter({ hasText: 'Script' });
  await expect(script.getByLabel('Line 1, Alice')).toHaveValue('Hi there');
  return { root, script };
}

test.describe('gr.Dialogue', () => {
  test('editing a line: the function receives the dialogue formatted by the server', async ({
    page,
    gradio,
    embed,
  }) => {
    const { root, script } = await open(page, gradio, embed);
    await script.getByLabel('Line 2, Bob').fill('Hello there');
    await root.getByRole('button', { name: 'Send script' }).click();
    await expect(root.getByLabel('Received')).toHaveValue("'[Alice] Hi there || [Bob] Hello there'");
  });

  test('format / unformat round trip through the Plain Text switch', async ({ page, gradio, embed }) => {
    const { root, script } = await open(page, gradio, embed);
    await script.getByRole('switch', { name: 'Plain Text' }).click();
    const text = script.getByLabel('Script', { exact: true });
    await expect(text).toHaveValue('[Alice] Hi there || [Bob] Hello (laughs)');
    await text.fill('[Bob] One || [Alice] Two || Three');
    await script.getByRole('switch', { name: 'Plain Text' }).click();
    // The server's unformat: a line without a [speaker] gets the first speaker.
    await expect(script.getByLabel('Line 1, Bob')).toHaveValue('One');
    await expect(script.getByLabel('Line 2, Alice')).toHaveValue('Two');
    await expect(script.getByLabel('Line 3, Alice')).toHaveValue('Three');
    await root.getByRole('button', { name: 'Send script' }).click();
    await expect(root.getByLabel('Received')).toHaveValue("'[Bob] One || [Alice] Two || [Alice] Three'");
  });

  test('type="list": lines added and speakers picked reach the function as a list', async ({
    page,
    gradio,
    embed,
  }) => {
    const { root } = await open(page, gradio, embed);
    const list = root.locator('gr-dialogue').filter({ hasText: 'As list' });
    await list.getByLabel('Line 1, Alice').fill('first');
    await list.getByRole('button', { name: 'Add a line after line 1' }).click();
    await expect(list.getByLabel('Line 2, Alice')).toBeFocused();
    await page.keyboard.type('second');
    await list.getByLabel('Speaker, line 2').selectOption('Bob');
    await root.getByRole('button', { name: 'Send list' }).click();
    await expect(root.getByLabel('Received')).toHaveValue(
      JSON.stringify([
        { speaker: 'Alice', text: 'first' },
        { speaker: 'Bob', text: 'second' },
      ]).replace(/([,:])/g, '$1 '),
    );
  });

  test('ui_mode="text" with tags: ":" offers the tags, picked with the keyboard', async ({
    page,
    gradio,
    embed,
  }) => {
    const { root } = await open(page, gradio, embed);
    const plain = root.locator('gr-dialogue').filter({ hasText: 'Plain only' });
    const box = plain.getByRole('combobox', { name: 'Plain only' });
    await box.click();
    await page.keyboard.type('So funny :la');
    await expect(plain.getByRole('option', { name: '(laughs)' })).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(box).toHaveValue('So funny (laughs) ');
    await root.getByRole('button', { name: 'Send plain' }).click();
    await expect(root.getByLabel('Received')).toHaveValue("'So funny (laughs) '");
  });

  test('the submit button fires submit with the dialogue', async ({ page, gradio, embed }) => {
    const { root, script } = await open(page, gradio, embed);
    await script.getByRole('button', { name: 'Send' }).click();
    await expect(root.getByLabel('Submitted')).toHaveValue(
      "submit('[Alice] Hi there || [Bob] Hello (laughs)')",
    );
  });

  test('an output dialogue shows its lines read-only, on the color_map colours', async ({
    page,
    gradio,
    embed,
  }) => {
    const { root } = await open(page, gradio, embed);
    await root.getByRole('button', { name: 'Show lines' }).click();
    const shown = root.locator('gr-dialogue').filter({ hasText: 'Shown' });
    await expect(shown.getByLabel('Line 1, Alice')).toHaveValue('Shown one');
    await expect(shown.getByLabel('Line 1, Alice')).toBeDisabled();
    await expect(shown.locator('select')).toHaveCount(0);
    await expect(shown.locator('.line').first()).toHaveCSS('--speaker-bg', '#ffcccc');
  });
});
