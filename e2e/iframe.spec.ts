import { test, expect } from './fixtures/test.js';

/** Records the iframe-resizer messages the child page posts to this page. */
const RECORD_SIZES = `<script>
  window.sizerMessages = [];
  window.addEventListener('message', (e) => {
    if (typeof e.data === 'string' && e.data.startsWith('[iFrameSizer]')) window.sizerMessages.push(e.data);
  });
</script>`;

test.describe('iframe mode', () => {
  test('mode="iframe" embeds a working app that grows to its content height', async ({
    page,
    gradio,
    embed,
  }) => {
    const app = await gradio('interface');
    await embed(`<gradio-app mode="iframe" src="${app.url}"></gradio-app>`, { head: RECORD_SIZES });
    const iframe = page.locator('gradio-app iframe');
    await expect(iframe).toHaveAttribute('src', new RegExp(`^${app.url}/`));
    // Before the child reports, the fallback height.
    const frame = page.frameLocator('gradio-app iframe');
    await expect(frame.getByLabel('name')).toBeVisible();

    // The child reports its height through the iframe-resizer v4 protocol...
    const reported = async (): Promise<number | null> => {
      const messages = await page.evaluate(
        () => (window as unknown as { sizerMessages: string[] }).sizerMessages,
      );
      const sizes = messages
        .map((m) => m.slice('[iFrameSizer]'.length).split(':'))
        .filter((parts) => parts[3] !== 'init' && Number(parts[1]) > 0);
      const last = sizes.at(-1);
      return last ? Number(last[1]) : null;
    };
    await expect.poll(reported).not.toBeNull();
    // ...and the iframe takes that height, not the 640 px fallback.
    const height = () => iframe.evaluate((el) => Math.round(el.getBoundingClientRect().height));
    await expect.poll(async () => (await height()) - Math.ceil((await reported())!)).toBe(0);
    expect(await height()).not.toBe(640);
    const inner = await frame.locator('body').evaluate((b) => b.scrollHeight);
    expect(Math.abs((await height()) - inner)).toBeLessThan(40);

    // The app in the frame works.
    await frame.getByLabel('name').fill('Frame');
    await frame.getByRole('button', { name: 'Submit' }).click();
    await expect(frame.getByLabel('output')).toHaveValue('Hello Frame!');
  });
});

test.describe('iframe mode theme', () => {
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
