import type { Page } from '@playwright/test';
import { test, expect, allVersions } from './fixtures/test.js';

/** The lazily loaded module that mounts an app's head (src/engine/app-head.ts). */
const isHeadChunk = (url: string): boolean => /\/chunks\/app-head-[^/]+\.js$/.test(url);

const headRuns = (page: Page) =>
  page.evaluate(() => (globalThis as { __appHeadRuns?: number }).__appHeadRuns ?? 0);

test.describe('the app head', allVersions, () => {
  test('is ignored unless the host opts in', async ({ page, gradio, embed }) => {
    const app = await gradio('head');
    const headChunks: string[] = [];
    page.on('request', (r) => isHeadChunk(r.url()) && headChunks.push(r.url()));
    await embed(`<gradio-app src="${app.url}"></gradio-app>`);
    const box = page.locator('gradio-app').getByLabel('Styled by head');
    await expect(box).toBeVisible();
    expect(await headRuns(page)).toBe(0);
    await expect(box).not.toHaveCSS('outline-color', 'rgb(1, 2, 3)');
    // The code that mounts a head is not even loaded.
    expect(headChunks).toEqual([]);
  });

  test('with allow_head its scripts run once and its styles apply inside the app only', async ({
    page,
    gradio,
    embed,
  }) => {
    const app = await gradio('head');
    const headChunks: string[] = [];
    page.on('request', (r) => isHeadChunk(r.url()) && headChunks.push(r.url()));
    await embed(
      `<textarea id="host-box"></textarea><gradio-app src="${app.url}" allow_head="true"></gradio-app>`,
    );
    const box = page.locator('gradio-app').getByLabel('Styled by head');
    await expect(box).toHaveCSS('outline-color', 'rgb(1, 2, 3)');
    await expect.poll(() => headRuns(page)).toBe(1);
    expect(headChunks).toHaveLength(1);
    await expect(page.locator('#host-box')).not.toHaveCSS('outline-color', 'rgb(1, 2, 3)');
    // Host-page tags stay the host's: no meta from the app lands in the document.
    await expect(page.locator('head meta[name="description"]')).toHaveCount(0);
  });
});
