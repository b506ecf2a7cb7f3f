import { test, expect } from './fixtures/test.js';

test('a gr.Button in a block toolbar runs its own click listeners', async ({ page, gradio, embed }) => {
  const app = await gradio('custom_buttons');
  await embed(`<gradio-app src="${app.url}"></gradio-app>`);
  const root = page.locator('gradio-app');
  await root.getByRole('button', { name: 'Shout' }).click();
  await expect(root.getByLabel('Text', { exact: true })).toHaveValue('HELLO');
  await root.getByRole('button', { name: 'Count' }).click();
  await expect(root.getByLabel('Out', { exact: true })).toHaveValue('5');
});
