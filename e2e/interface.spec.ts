import { test, expect, allVersions } from './fixtures/test.js';

test.describe('Interface round trip', allVersions, () => {
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

  test("the host page's query string never reaches the app's server", async ({ page, gradio, embed }) => {
    const app = await gradio('interface');
    const joins: string[] = [];
    page.on('request', (r) => r.url().includes('/queue/join') && joins.push(r.url()));
    await embed(`<gradio-app src="${app.url}"></gradio-app>`, { path: '/with-query.html' });
    await page.goto(`${page.url()}?secret=host-state&__theme=dark`);
    const root = page.locator('gradio-app');
    await root.getByLabel('name').fill('Q');
    await root.getByRole('button', { name: 'Submit' }).click();
    await expect(root.getByLabel('output')).toHaveValue('Hello Q!');
    expect(joins).toHaveLength(1);
    expect(new URL(joins[0]!).search).toBe('');
    // The host's ?__theme does not pick the theme either (Gradio's embed reads it).
    await expect(root.locator('.gradio-container')).not.toHaveClass(/\bdark\b/);
  });
});
