import { test, expect, allVersions, sinceGradio } from './fixtures/test.js';

test.describe('dynamic apps against the real server', allVersions, () => {
  test('app-level js runs once, after the app is on screen, for an app the host trusts (allow_js)', async ({
    page,
    gradio,
    embed,
  }) => {
    const app = await gradio('dynamic');
    await page.addInitScript(() => {
      document.addEventListener('render', () => {
        (globalThis as { __jsRunsAtRender?: number }).__jsRunsAtRender =
          (globalThis as { __embedAppJsRuns?: number }).__embedAppJsRuns ?? 0;
      });
    });
    // Without allow_js the app's page-level js does not run; the app itself still does.
    await embed(`<gradio-app src="${app.url}"></gradio-app>`);
    await expect(page.locator('gradio-app').getByLabel('Ticks')).toBeVisible();
    expect(
      await page.evaluate(() => (globalThis as { __embedAppJsRuns?: number }).__embedAppJsRuns),
    ).toBeUndefined();
    await embed(`<gradio-app src="${app.url}" allow_js="true"></gradio-app>`);
    await expect
      .poll(() => page.evaluate(() => (globalThis as { __embedAppJsRuns?: number }).__embedAppJsRuns))
      .toBe(1);
    expect(await page.evaluate(() => (globalThis as { __jsRunsAtRender?: number }).__jsRunsAtRender)).toBe(0);
  });

  test('a Timer ticks while active and stops when deactivated by an update', async ({
    page,
    gradio,
    embed,
  }) => {
    const app = await gradio('dynamic');
    await embed(`<gradio-app src="${app.url}"></gradio-app>`);
    const root = page.locator('gradio-app');
    const ticks = root.getByLabel('Ticks', { exact: true });
    await expect(ticks).toHaveValue('0');
    await root.getByRole('button', { name: 'Start timer' }).click();
    // Ticks come every 0.5 s, faster than a retrying assertion may look: wait for a few.
    await expect.poll(async () => Number(await ticks.inputValue())).toBeGreaterThanOrEqual(3);
    await root.getByRole('button', { name: 'Stop timer' }).click();
    const stopped = Number(await ticks.inputValue());
    await page.waitForTimeout(1500);
    expect(Number(await ticks.inputValue()) - stopped).toBeLessThanOrEqual(1);
  });

  test('gr.render re-renders with keys, keeping typed values', async ({ page, gradio, embed }) => {
    const app = await gradio('dynamic');
    await embed(`<gradio-app src="${app.url}"></gradio-app>`);
    const root = page.locator('gradio-app');
    await expect(root.getByLabel('Box 0', { exact: true })).toBeVisible();
    await expect(root.getByLabel('Box 1', { exact: true })).toBeVisible();
    await expect(root.getByLabel('Box 2', { exact: true })).toHaveCount(0);
    await root.getByLabel('Box 1', { exact: true }).fill('kept by key');
    await root.getByLabel('How many boxes', { exact: true }).fill('3');
    await expect(root.getByLabel('Box 2', { exact: true })).toBeVisible();
    await expect(root.getByLabel('Box 1', { exact: true })).toHaveValue('kept by key');
    await root.getByLabel('How many boxes', { exact: true }).fill('1');
    await expect(root.getByLabel('Box 1', { exact: true })).toHaveCount(0);
    await expect(root.getByLabel('Box 0', { exact: true })).toBeVisible();
  });
});

test.describe('BrowserState', allVersions, () => {
  sinceGradio(5, 'gr.BrowserState arrived in Gradio 5');

  test('BrowserState survives a reload, stored under a namespaced key', async ({
    page,
    gradio,
    embed,
    host,
  }) => {
    const app = await gradio('dynamic');
    await embed(`<gradio-app src="${app.url}"></gradio-app>`, { path: '/browserstate.html' });
    const root = page.locator('gradio-app');
    await expect(root.getByLabel('Saved note', { exact: true })).toHaveValue('');
    await root.getByLabel('Note', { exact: true }).fill('remember me');
    await root.getByRole('button', { name: 'Save note' }).click();
    await expect
      .poll(() => page.evaluate(() => Object.keys(localStorage)))
      .toEqual([expect.stringMatching(/^gradio-embed:browserstate:.*embed-test-note$/)]);
    await page.goto(`${host.origin}/browserstate.html`);
    await expect(page.locator('gradio-app').getByLabel('Saved note', { exact: true })).toHaveValue(
      'remember me',
    );
  });
});
