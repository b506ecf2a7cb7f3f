import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures/test.js';
import type { GradioMajor } from './fixtures/gradio-server.js';

const NATIVE: GradioMajor[] = [6, 5, 4];

/** What a primary button looks like: the theme's fill (a colour, or a gradient in 4.x). */
const buttonLook = (button: Locator) =>
  button.evaluate((el) => {
    const style = getComputedStyle(el);
    return `${style.backgroundColor} ${style.backgroundImage} ${style.color}`;
  });

/** The version an app reports in its own title ("Gradio 4.44.1"). */
async function versionOf(root: Locator): Promise<string> {
  const heading = await root.getByRole('heading', { name: /^Gradio \d/ }).textContent();
  return heading!.replace('Gradio ', '').trim();
}

/** Records every value each embed's Count box shows, with when it showed it. */
function recordCounts(page: Page): Promise<void> {
  return page.evaluate(() => {
    const seen: Record<string, [number, string][]> = {};
    (window as unknown as { counts: typeof seen }).counts = seen;
    const watch = () => {
      for (const app of document.querySelectorAll('gradio-app')) {
        const box = [...app.shadowRoot!.querySelectorAll('gr-textbox')].find((el) =>
          el.textContent?.includes('Count'),
        );
        const value = box?.querySelector('textarea')?.value;
        const list = (seen[app.id] ??= []);
        if (value && list.at(-1)?.[1] !== value) list.push([performance.now(), value]);
      }
      requestAnimationFrame(watch);
    };
    watch();
  });
}

/** Clicks every embed's Count button within one task of the page. */
async function clickCountEverywhere(page: Page): Promise<void> {
  const clicked = await page.evaluate(() =>
    [...document.querySelectorAll('gradio-app')].map((app) => {
      const button = [...app.shadowRoot!.querySelectorAll('button')].find(
        (b) => b.textContent?.trim() === 'Count',
      );
      button?.click();
      return Boolean(button);
    }),
  );
  expect(clicked).toEqual(NATIVE.map(() => true));
}

test.describe('one page, every Gradio version', () => {
  test('three embeds, one per version, run at the same time, each in its own theme', async ({
    page,
    gradio,
    embed,
    context,
  }) => {
    const apps = await Promise.all(NATIVE.map((version) => gradio('themed', { version })));
    await page.emulateMedia({ colorScheme: 'light' });
    await embed(
      apps.map((app, i) => `<gradio-app id="v${NATIVE[i]}" src="${app.url}"></gradio-app>`).join('\n'),
    );
    const roots = NATIVE.map((v) => page.locator(`#v${v}`));
    const versions: string[] = [];
    for (const [i, root] of roots.entries()) {
      // Rendered natively (not an iframe), by the server of that version.
      await expect(root.getByRole('button', { name: 'Count' })).toBeVisible();
      await expect(root.locator('iframe')).toHaveCount(0);
      versions.push(await versionOf(root));
      expect(versions[i]!.split('.')[0]).toBe(String(NATIVE[i]));
      await expect(root.locator('.gradio-container')).toHaveClass(
        new RegExp(`gradio-container-${versions[i]!.replace(/\./g, '-')}`),
      );
    }

    // Each is themed like the app's own page, and the three themes differ.
    const looks = await Promise.all(
      roots.map((root) => buttonLook(root.getByRole('button', { name: 'Count' }))),
    );
    expect(new Set(looks).size).toBe(3);
    const own = await context.newPage();
    await own.emulateMedia({ colorScheme: 'light' });
    for (const [i, app] of apps.entries()) {
      await own.goto(`${app.url}/?__theme=light`);
      const button = own.getByRole('button', { name: 'Count' });
      await expect(button).toBeVisible();
      // The embed's contrast floor (src/theme/tokens.styles.ts, layer gr.a11y) fills primary
      // buttons with the theme's own primary-700: the app's page with that one rule applied.
      // (Gradio's button animates its fill: the look is read once the transition has ended.)
      await button.evaluate((el) => (el.style.background = 'var(--primary-700)'));
      await expect.poll(() => buttonLook(button), { message: `Gradio ${versions[i]}` }).toBe(looks[i]);
    }
    await own.close();

    // A toast shows in its own embed only. (This first event also wakes each server's queue:
    // 4.44 takes seconds over its first one.)
    // (Clicks go one after another: Playwright's concurrent clicks on one page can lose one.)
    for (const root of roots) await root.getByRole('button', { name: 'Toast' }).click();
    for (const [i, root] of roots.entries()) {
      await expect(root.locator('.gr-toast')).toHaveCount(1);
      await expect(root.locator('.gr-toast')).toContainText(`toast from ${versions[i]}`);
    }

    // All three run at once, each with its own results.
    await recordCounts(page);
    for (const [i, root] of roots.entries()) await root.getByLabel('Label').fill(`app${NATIVE[i]}`);
    // The three clicks in one task of the page: one Playwright click after another can take
    // seconds each on a busy machine, long enough for a 3-second run to end before the next starts.
    await clickCountEverywhere(page);
    for (const [i, root] of roots.entries()) {
      await expect(root.getByLabel('Count')).toHaveValue(`${versions[i]} app${NATIVE[i]} 10`);
    }
    const counts = await page.evaluate(
      () => (window as unknown as { counts: Record<string, [number, string][]> }).counts,
    );
    for (const [i, v] of NATIVE.entries()) {
      // Only its own values, in order (a busy browser may paint two in one frame).
      const values = counts[`v${v}`]!.map(([, value]) => value);
      const prefix = `${versions[i]} app${v} `;
      expect(values.every((value) => value.startsWith(prefix))).toBe(true);
      const steps = values.map((value) => Number(value.slice(prefix.length)));
      expect(steps).toEqual([...steps].sort((a, b) => a - b));
      expect(steps.at(-1)).toBe(10);
      expect(steps.length).toBeGreaterThan(3);
    }
    // The runs overlapped: every app had shown its first value before any had shown its last.
    const firsts = NATIVE.map((v) => counts[`v${v}`]![0]![0]);
    const lasts = NATIVE.map((v) => counts[`v${v}`]!.at(-1)![0]);
    expect(Math.max(...firsts)).toBeLessThan(Math.min(...lasts));

    // Removing one embed mid-run leaves the other two running.
    for (const root of roots) await root.getByLabel('Label').fill('again');
    await clickCountEverywhere(page);
    await expect(roots[1]!.getByLabel('Count')).toHaveValue(/ again [1-8]$/);
    await page.evaluate(() => document.getElementById('v5')!.remove());
    await expect(roots[0]!.getByLabel('Count')).toHaveValue(`${versions[0]} again 10`);
    await expect(roots[2]!.getByLabel('Count')).toHaveValue(`${versions[2]} again 10`);
    await expect(page.locator('gradio-app .gr-banner')).toHaveCount(0);
  });
});

test.describe('Gradio 3.x', () => {
  test('falls back to an iframe of the working app; mode="native" says why it cannot', async ({
    page,
    gradio,
    embed,
  }) => {
    const app = await gradio('interface', { version: 3 });
    await embed(`<gradio-app id="auto" src="${app.url}"></gradio-app>
      <gradio-app id="native" mode="native" src="${app.url}"></gradio-app>`);

    const iframe = page.locator('#auto iframe');
    await expect(iframe).toHaveAttribute('src', new RegExp(`^${app.url}/`));
    const frame = page.frameLocator('#auto iframe');
    await frame.getByLabel('name').fill('Three');
    await frame.getByRole('button', { name: 'Submit' }).click();
    await expect(frame.getByLabel('output')).toHaveValue('Hello Three!');
    // Its page's resizer script comes from cdnjs, out of reach here: the frame keeps 640 px.
    expect(await iframe.evaluate((el) => Math.round(el.getBoundingClientRect().height))).toBe(640);

    const native = page.locator('#native');
    await expect(native.getByRole('alert')).toContainText('Cannot show this app');
    await expect(native.getByRole('alert')).toContainText(/Gradio 3\.50\.2 \(protocol "ws"\)/);
    await expect(native.locator('iframe')).toHaveCount(0);
  });
});
