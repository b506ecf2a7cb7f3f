import { test, expect } from './fixtures/test.js';

test.describe('Interface round trip', () => {
  test('type a name, Submit, see the greeting; Clear empties both boxes', async ({ page, gradio, embed }) => {
    const app = await gradio('interface');
    await embed(`<gradio-app src="${app.url}"></gradio-app>`);
    const embedEl = page.locator('gradio-app');
    const name = embedEl.getByLabel('name');
    const output = embedEl.getByLabel('output');
    await expect(name).toBeVisible();
    await name.fill('Ada');
    await embedEl.getByRole('button', { name: 'Submit' }).click();
    await expect(output).toHaveValue('Hello Ada!');
    await embedEl.getByRole('button', { name: 'Clear' }).click();
    await expect(name).toHaveValue('');
    await expect(output).toHaveValue('');
  });

  test('Enter in the input submits', async ({ page, gradio, embed }) => {
    const app = await gradio('interface');
    await embed(`<gradio-app src="${app.url}"></gradio-app>`);
    const name = page.locator('gradio-app').getByLabel('name');
    await name.fill('Grace');
    await name.press('Enter');
    await expect(page.locator('gradio-app').getByLabel('output')).toHaveValue('Hello Grace!');
  });
});
