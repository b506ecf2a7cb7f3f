import type { Locator, Page } from '@playwright/test';
import { test, expect, allVersions, fontsSettled } from './fixtures/test.js';

test.describe('container and info', allVersions, () => {
  test('by default: a border and an info footer naming the host and linking there', async ({
    page,
    gradio,
    embed,
  }) => {
    const app = await gradio('interface');
    await embed(`<gradio-app src="${app.url}"></gradio-app>`);
    const el = page.locator('gradio-app');
    await expect(el.getByLabel('name')).toBeVisible();
    const border = await el.evaluate(
      (node) => getComputedStyle(node.shadowRoot!.querySelector('.gradio-container')!).borderTopWidth,
    );
    expect(border).toBe('1px');
    const footer = el.locator('footer.gr-info');
    await expect(footer).toBeVisible();
    await expect(footer).toContainText(`Hosted at 127.0.0.1:${app.port}`);
    const link = footer.getByRole('link', { name: `127.0.0.1:${app.port}` });
    await expect(link).toHaveAttribute('href', app.url);
    await expect(link).toHaveAttribute('target', '_blank');
  });

  test('container="false": no border and no footer', async ({ page, gradio, embed }) => {
    const app = await gradio('interface');
    await embed(`<gradio-app container="false" src="${app.url}"></gradio-app>`);
    const el = page.locator('gradio-app');
    await expect(el.getByLabel('name')).toBeVisible();
    const style = await el.evaluate((node) => {
      const c = node.shadowRoot!.querySelector('.gradio-container')!;
      const s = getComputedStyle(c);
      return { classes: [...c.classList], border: s.borderTopWidth, radius: s.borderTopLeftRadius };
    });
    expect(style.classes).not.toContain('embed-container');
    expect(style.border).toBe('0px');
    await expect(el.locator('footer')).toHaveCount(0);
  });

  test('info="false": the border stays, the footer goes', async ({ page, gradio, embed }) => {
    const app = await gradio('interface');
    await embed(`<gradio-app info="false" src="${app.url}"></gradio-app>`);
    const el = page.locator('gradio-app');
    await expect(el.getByLabel('name')).toBeVisible();
    const border = await el.evaluate(
      (node) => getComputedStyle(node.shadowRoot!.querySelector('.gradio-container')!).borderTopWidth,
    );
    expect(border).toBe('1px');
    await expect(el.locator('footer')).toHaveCount(0);
  });
});

const PROPS = [
  'letter-spacing',
  'font-family',
  'color',
  'line-height',
  'background-color',
  'border-top-width',
  'border-top-style',
  'border-top-color',
  'font-size',
];

/** Computed styles of the app's wrapper, labels, inputs, buttons and markdown, and their sizes. */
async function appStyles(el: Locator): Promise<Record<string, string>[]> {
  return el.evaluate((node, props) => {
    const root = node.shadowRoot!;
    const picked = root.querySelectorAll(
      '.gradio-container, .main, label, .label, textarea, input, button, gr-markdown, gr-markdown *, footer, footer a',
    );
    return [...picked].map((e) => {
      const s = getComputedStyle(e);
      const r = e.getBoundingClientRect();
      const out: Record<string, string> = {
        tag: e.tagName.toLowerCase(),
        cls: e.getAttribute('class') ?? '',
        size: `${Math.round(r.width)}x${Math.round(r.height)}`,
      };
      for (const p of props) out[p] = s.getPropertyValue(p);
      return out;
    });
  }, PROPS);
}

const HOSTILE = `<style>
  * { letter-spacing: 5px !important; font-family: serif !important; color: red !important; line-height: 3 !important }
  button { background: lime !important }
  textarea, input { border: 5px solid red !important }
  :root { --body-text-color: red; --block-background-fill: red; --button-primary-background-fill: lime;
          --body-background-fill: yellow; --font: serif; --input-background-fill: pink }
  .dark { --body-text-color: red; --block-background-fill: red; --body-background-fill: purple }
  gradio-app { --body-text-color: red !important; --block-background-fill: red; --layout-gap: 80px; --font: serif }
  * { --input-background-fill: pink; --button-secondary-background-fill: red }
  html.dark, html.dark body { background: black }
  .gradio-container, .main, label, textarea, button { color: red !important; background: lime !important }
</style>`;

async function openApp(
  page: Page,
  embed: (b: string, o?: { head?: string }) => Promise<void>,
  url: string,
  head = '',
) {
  await embed(`<h1>Host</h1><gradio-app theme_mode="light" src="${url}"></gradio-app>`, { head });
  const el = page.locator('gradio-app');
  await expect(el.getByLabel('name')).toBeVisible();
  await fontsSettled(page);
  return el;
}

test.describe('CSS isolation', allVersions, () => {
  test('a hostile host stylesheet does not change the app', async ({ page, gradio, embed }) => {
    const app = await gradio('interface');
    const clean = await appStyles(await openApp(page, embed, app.url));
    expect(clean.length).toBeGreaterThan(5);
    // Sanity: the host rules do apply to the host page itself.
    const hostile = await openApp(
      page,
      embed,
      app.url,
      `${HOSTILE}<script>document.documentElement.classList.add('dark')</script>`,
    );
    expect(await page.locator('body > h1').evaluate((h) => getComputedStyle(h).color)).toBe('rgb(255, 0, 0)');
    expect(await appStyles(hostile)).toEqual(clean);
    // And it still works.
    await hostile.getByLabel('name').fill('Iso');
    await hostile.getByRole('button', { name: 'Submit' }).click();
    await expect(hostile.getByLabel('output')).toHaveValue('Hello Iso!');
  });

  test("an app's own css= styles its embed and nothing else on the page", async ({ page, gradio, embed }) => {
    const [styled, plain] = await Promise.all([gradio('custom_css'), gradio('interface')]);
    const hostBits = `<p><a id="host-link" href="#x">host link</a> <button id="host-button">host button</button></p>`;
    // The host page and the plain app alone, for reference.
    await embed(`${hostBits}<gradio-app id="plain" src="${plain.url}"></gradio-app>`);
    await expect(page.locator('#plain').getByLabel('name')).toBeVisible();
    // Sizes depend on the theme's font: compare both snapshots with it loaded.
    await fontsSettled(page);
    const hostStyles = () =>
      page.evaluate(() => {
        const s = (sel: string, p: string) =>
          getComputedStyle(document.querySelector(sel)!).getPropertyValue(p);
        return {
          link: [s('#host-link', 'color'), s('#host-link', 'text-decoration-line')],
          button: [s('#host-button', 'background-color'), s('#host-button', 'color')],
          body: [s('body', 'background-color'), s('body', 'letter-spacing')],
        };
      });
    const before = await hostStyles();
    const plainBefore = await appStyles(page.locator('#plain'));

    // Now with the styled app on the same page.
    await embed(
      `${hostBits}<gradio-app id="styled" src="${styled.url}"></gradio-app>
       <gradio-app id="plain" src="${plain.url}"></gradio-app>`,
    );
    const styledEl = page.locator('#styled');
    await expect(styledEl.getByLabel('text')).toBeVisible();
    await expect(page.locator('#plain').getByLabel('name')).toBeVisible();
    await fontsSettled(page);

    // Inside its own embed, the app's css applies.
    const shout = styledEl.getByRole('button', { name: 'Shout' });
    await expect(shout).toHaveCSS('background-color', 'rgb(255, 165, 0)');
    await expect(shout).toHaveCSS('color', 'rgb(0, 0, 255)');
    await expect(styledEl.getByRole('link', { name: 'A link' })).toHaveCSS('color', 'rgb(255, 0, 255)');

    // Outside it, nothing changed: the host page, and the other app.
    expect(await hostStyles()).toEqual(before);
    expect(before.button[0]).not.toBe('rgb(255, 165, 0)');
    expect(before.link[0]).not.toBe('rgb(255, 0, 255)');
    expect(before.body[0]).not.toBe('rgb(0, 128, 0)');
    expect(await appStyles(page.locator('#plain'))).toEqual(plainBefore);

    // Both still work.
    await styledEl.getByLabel('text').fill('css');
    await shout.click();
    await expect(styledEl.getByLabel('loud')).toHaveValue('CSS');
  });
});
