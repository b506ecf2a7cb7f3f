import type { Locator } from '@playwright/test';
import { serveGoogleFonts } from './fixtures/google-fonts-cdn.js';
import { test, expect, allVersions } from './fixtures/test.js';

/** Whether the app's wrapper is dark, and its computed background colour. */
async function look(el: Locator): Promise<{ dark: boolean; background: string }> {
  return el.evaluate((node) => {
    const container = node.shadowRoot!.querySelector('.gradio-container')!;
    return {
      dark: container.classList.contains('dark'),
      background: getComputedStyle(container).backgroundColor,
    };
  });
}

/** Relative luminance-ish brightness of an `rgb(...)` colour, 0..255. */
function brightness(color: string): number {
  const [r, g, b] = (color.match(/[\d.]+/g) ?? []).map(Number);
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

test.describe('theme_mode', allVersions, () => {
  test('light stays light on a dark OS, dark stays dark on a light OS', async ({ page, gradio, embed }) => {
    const app = await gradio('interface');
    await page.emulateMedia({ colorScheme: 'dark' });
    await embed(
      `<gradio-app id="light" theme_mode="light" src="${app.url}"></gradio-app>
       <gradio-app id="dark" theme_mode="dark" src="${app.url}"></gradio-app>`,
    );
    const light = page.locator('#light');
    const dark = page.locator('#dark');
    await expect(light.getByLabel('name')).toBeVisible();
    await expect(dark.getByLabel('name')).toBeVisible();
    let l = await look(light);
    let d = await look(dark);
    expect(l.dark).toBe(false);
    expect(d.dark).toBe(true);
    expect(brightness(l.background)).toBeGreaterThan(200);
    expect(brightness(d.background)).toBeLessThan(60);

    await page.emulateMedia({ colorScheme: 'light' });
    await expect.poll(() => look(dark)).toEqual(d);
    await expect.poll(() => look(light)).toEqual(l);
    l = await look(light);
    d = await look(dark);
    expect(l.dark).toBe(false);
    expect(d.dark).toBe(true);
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`system follows the OS (${scheme} first) and switches live`, async ({ page, gradio, embed }) => {
      const app = await gradio('interface');
      await page.emulateMedia({ colorScheme: scheme });
      // No theme_mode attribute: system is the default.
      await embed(`<gradio-app src="${app.url}"></gradio-app>`);
      const el = page.locator('gradio-app');
      await expect(el.getByLabel('name')).toBeVisible();
      const first = await look(el);
      expect(first.dark).toBe(scheme === 'dark');

      const other = scheme === 'dark' ? 'light' : 'dark';
      await page.emulateMedia({ colorScheme: other });
      await expect.poll(async () => (await look(el)).dark).toBe(other === 'dark');
      const second = await look(el);
      expect(second.background).not.toBe(first.background);
      const [lightBg, darkBg] =
        scheme === 'light' ? [first.background, second.background] : [second.background, first.background];
      expect(brightness(lightBg)).toBeGreaterThan(200);
      expect(brightness(darkBg)).toBeLessThan(60);

      // And back again.
      await page.emulateMedia({ colorScheme: scheme });
      await expect.poll(() => look(el)).toEqual(first);
      // Still a working app after the switches.
      await el.getByLabel('name').fill('Theme');
      await el.getByRole('button', { name: 'Submit' }).click();
      await expect(el.getByLabel('output')).toHaveValue('Hello Theme!');
    });
  }

  test('a host page with html.dark does not force the embed dark', async ({ page, gradio, embed }) => {
    const app = await gradio('interface');
    await page.emulateMedia({ colorScheme: 'light' });
    await embed(`<gradio-app theme_mode="light" src="${app.url}"></gradio-app>`, {
      head: `<script>document.documentElement.classList.add('dark')</script>`,
    });
    const el = page.locator('gradio-app');
    await expect(el.getByLabel('name')).toBeVisible();
    const l = await look(el);
    expect(l.dark).toBe(false);
    expect(brightness(l.background)).toBeGreaterThan(200);
  });

  test('changing the theme_mode attribute while mounted applies at once', async ({ page, gradio, embed }) => {
    const app = await gradio('interface');
    await page.emulateMedia({ colorScheme: 'dark' });
    await embed(`<gradio-app theme_mode="light" src="${app.url}"></gradio-app>`);
    const el = page.locator('gradio-app');
    await expect(el.getByLabel('name')).toBeVisible();
    await el.getByLabel('name').fill('kept');
    expect((await look(el)).dark).toBe(false);
    await el.evaluate((node) => node.setAttribute('theme_mode', 'dark'));
    await expect.poll(async () => (await look(el)).dark).toBe(true);
    // system on a light OS
    await page.emulateMedia({ colorScheme: 'light' });
    await el.evaluate((node) => node.setAttribute('theme_mode', 'system'));
    await expect.poll(async () => (await look(el)).dark).toBe(false);
    // A theme change is not a remount: the app keeps its state.
    await expect(el.getByLabel('name')).toHaveValue('kept');
  });
});

test.describe('theme fonts', allVersions, () => {
  test('come after the first frame, and only the faces the text uses download', async ({
    page,
    gradio,
    embed,
    gradioVersion,
  }) => {
    // Registering them costs the first frame a layout with faces that cannot have arrived yet:
    // the text shows in a fallback font either way until they have.
    await page.addInitScript(() => {
      document.addEventListener(
        'render',
        () => Object.assign(window, { facesAtRender: [...document.fonts].map((f) => f.family) }),
        true,
      );
    });
    // Gradio 4.x and 5.x take Source Sans Pro from Google Fonts (answered locally: see the fixture).
    const fromGoogle = gradioVersion < 6 ? await serveGoogleFonts(page) : null;
    const app = await gradio('interface');
    await embed(`<gradio-app src="${app.url}"></gradio-app>`);
    const el = page.locator('gradio-app');
    await expect(el.getByLabel('name')).toBeVisible();
    const faces = () =>
      page.evaluate(() =>
        [...document.fonts]
          .filter((f) => f.family.includes('Source Sans Pro') || f.family.includes('IBM Plex Mono'))
          .map((f) => `${f.family.replace(/^"?gr-\w+ |"$/g, '')} ${f.weight} ${f.status}`)
          .sort(),
      );
    // The text (labels, the title, the fields) is Source Sans Pro; nothing is monospace.
    await expect.poll(faces).toContain('Source Sans Pro 400 loaded');
    // The host page's own text keeps its font: the app's faces are registered under names of its own.
    expect(
      await page.evaluate(
        () => [...document.fonts].filter((f) => f.family.replace(/"/g, '') === 'Source Sans Pro').length,
      ),
    ).toBe(0);
    expect(await el.getByLabel('name').evaluate((input) => getComputedStyle(input).fontFamily)).toMatch(
      /^"gr-\w+ Source Sans Pro"/,
    );
    if (fromGoogle) expect(fromGoogle).toContain('400');
    expect((await faces()).filter((f) => f.startsWith('IBM Plex Mono') && !f.endsWith('unloaded'))).toEqual(
      [],
    );
    expect(
      await page.evaluate(() => (window as unknown as { facesAtRender: string[] }).facesAtRender),
    ).toEqual([]);
  });
});
