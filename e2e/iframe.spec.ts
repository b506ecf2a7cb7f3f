import type { Page } from '@playwright/test';
import { test, expect, allVersions } from './fixtures/test.js';
import { blockIframeResizer, serveIframeResizerCdn } from './fixtures/iframe-resizer-cdn.js';

/** Records the iframe-resizer messages the child page posts to this page. */
const RECORD_SIZES = `<script>
  window.sizerMessages = [];
  window.addEventListener('message', (e) => {
    if (typeof e.data === 'string' && e.data.startsWith('[iFrameSizer]')) window.sizerMessages.push(e.data);
  });
</script>`;

/** The height the child page last reported through the iframe-resizer v4 protocol, if any. */
async function reported(page: Page): Promise<number | null> {
  const messages = await page.evaluate(
    () => (window as unknown as { sizerMessages: string[] }).sizerMessages,
  );
  const sizes = messages
    .map((m) => m.slice('[iFrameSizer]'.length).split(':'))
    .filter((parts) => parts[3] !== 'init' && Number(parts[1]) > 0);
  const last = sizes.at(-1);
  return last ? Number(last[1]) : null;
}

const frameHeight = (page: Page) =>
  page.locator('gradio-app iframe').evaluate((el) => Math.round(el.getBoundingClientRect().height));

test.describe('iframe mode', allVersions, () => {
  test('mode="iframe" embeds a working app that grows to its content height', async ({
    page,
    gradio,
    embed,
  }) => {
    const app = await gradio('events');
    await serveIframeResizerCdn(page);
    await embed(`<gradio-app mode="iframe" src="${app.url}"></gradio-app>`, { head: RECORD_SIZES });
    await expect(page.locator('gradio-app iframe')).toHaveAttribute('src', new RegExp(`^${app.url}/`));
    const frame = page.frameLocator('gradio-app iframe');
    await expect(frame.getByRole('button', { name: 'Run chain' })).toBeVisible();

    // The child reports its height through the iframe-resizer v4 protocol, and the iframe takes
    // it: this app is taller than the 640 px the frame starts with.
    await expect.poll(() => reported(page)).not.toBeNull();
    await expect.poll(async () => (await frameHeight(page)) - Math.ceil((await reported(page))!)).toBe(0);
    expect(await frameHeight(page)).toBeGreaterThan(640);
    const inner = await frame.locator('body').evaluate((b) => b.scrollHeight);
    expect(Math.abs((await frameHeight(page)) - inner)).toBeLessThan(40);

    // The app in the frame works.
    await frame.getByLabel('Chain input', { exact: true }).fill('framed');
    await frame.getByRole('button', { name: 'Run chain' }).click();
    await expect(frame.getByLabel('Chain output', { exact: true })).toHaveValue('ok: framed');
  });

  test('a page that cannot load its resizer script keeps a 640px frame, and the app works', async ({
    page,
    gradio,
    embed,
  }) => {
    // What Gradio 4.x and 5.x pages do wherever cdnjs is unreachable.
    const app = await gradio('interface');
    await blockIframeResizer(page);
    await embed(`<gradio-app mode="iframe" src="${app.url}"></gradio-app>`);
    const frame = page.frameLocator('gradio-app iframe');
    await frame.getByLabel('name').fill('Fixed');
    await frame.getByRole('button', { name: 'Submit' }).click();
    await expect(frame.getByLabel('output')).toHaveValue('Hello Fixed!');
    expect(await frameHeight(page)).toBe(640);
  });
});

// Gradio 4 and 5 pages stretch to fill their frame, so they never report less than the frame's
// starting height: only 6.x pages shrink a frame to a short app.
test.describe('iframe mode, short app', () => {
  test('the frame shrinks to a short app', async ({ page, gradio, embed }) => {
    const app = await gradio('interface');
    await embed(`<gradio-app mode="iframe" src="${app.url}"></gradio-app>`, { head: RECORD_SIZES });
    const frame = page.frameLocator('gradio-app iframe');
    await expect(frame.getByLabel('name')).toBeVisible();
    await expect.poll(() => reported(page)).not.toBeNull();
    await expect.poll(async () => (await frameHeight(page)) - Math.ceil((await reported(page))!)).toBe(0);
    expect(await frameHeight(page)).toBeLessThan(640);
    const inner = await frame.locator('body').evaluate((b) => b.scrollHeight);
    expect(Math.abs((await frameHeight(page)) - inner)).toBeLessThan(40);
  });
});

test.describe('iframe mode theme', allVersions, () => {
  test('theme_mode="dark" reaches the framed app', async ({ page, gradio, embed }) => {
    const app = await gradio('interface');
    await page.emulateMedia({ colorScheme: 'light' });
    await embed(`<gradio-app mode="iframe" theme_mode="dark" src="${app.url}"></gradio-app>`);
    const frame = page.frameLocator('gradio-app iframe');
    await expect(frame.getByLabel('name')).toBeVisible();
    await expect(frame.locator('body')).toHaveClass(/\bdark\b/);
  });

  test('system follows the OS inside the frame without reloading it', async ({ page, gradio, embed }) => {
    const app = await gradio('interface');
    await page.emulateMedia({ colorScheme: 'dark' });
    await embed(`<gradio-app mode="iframe" src="${app.url}"></gradio-app>`);
    const frame = page.frameLocator('gradio-app iframe');
    await expect(frame.getByLabel('name')).toBeVisible();
    await expect(frame.locator('body')).toHaveClass(/\bdark\b/);
    // State typed into the framed app survives the switch: the frame is not reloaded.
    await frame.getByLabel('name').fill('kept');
    await page.emulateMedia({ colorScheme: 'light' });
    await expect(frame.locator('body')).not.toHaveClass(/\bdark\b/);
    await expect(frame.getByLabel('name')).toHaveValue('kept');
  });
});
