import { test, expect, allVersions, sinceGradio } from './fixtures/test.js';

test.describe('fill_height', allVersions, () => {
  sinceGradio(5, 'Row(scale=) arrived in Gradio 5');

  test('fill_height fills the height the host gives the element', async ({ page, gradio, embed }) => {
    const app = await gradio('fill_height');
    await embed(`<gradio-app src="${app.url}" style="height: 700px"></gradio-app>`);
    const root = page.locator('gradio-app');
    const row = root.locator('#tall-row');
    await expect(row).toBeVisible();
    const rowBox = (await row.boundingBox())!;
    const appBox = (await root.boundingBox())!;
    expect(appBox.height).toBe(700);
    // The row takes what the heading and padding leave of 700px.
    expect(rowBox.height).toBeGreaterThan(450);
  });
});

test(
  'without a host height the embed follows its content, with no inner scrollbar',
  allVersions,
  async ({ page, gradio, embed }) => {
    const app = await gradio('events');
    await embed(`<gradio-app src="${app.url}" initial_height="123px"></gradio-app>`);
    const root = page.locator('gradio-app');
    await expect(root.getByRole('button', { name: 'Toggle box' })).toBeVisible();
    const measure = () =>
      page.evaluate(() => {
        const el = document.querySelector('gradio-app')!;
        const container = el.shadowRoot!.querySelector<HTMLElement>('.gradio-container')!;
        return {
          host: el.getBoundingClientRect().height,
          scroll: container.scrollHeight,
          client: container.clientHeight,
        };
      });
    const before = await measure();
    expect(before.scroll).toBe(before.client);
    expect(before.host).toBeGreaterThan(123);
    await root.getByRole('button', { name: 'Toggle box' }).click();
    await expect(root.getByLabel('Toggled box')).toBeHidden();
    const after = await measure();
    expect(after.scroll).toBe(after.client);
    expect(before.host - after.host).toBeGreaterThan(40);
  },
);
