import { test, expect, allVersions, sinceGradio } from './fixtures/test.js';
import type { Locator, Page } from '@playwright/test';

const appOf = (page: Page): Locator => page.locator('gradio-app');

test.describe('Tabs', allVersions, () => {
  test('click switches tabs; change and Tab.select reach the server', async ({ page, gradio, embed }) => {
    const app = await gradio('layout_tabs');
    await embed(`<gradio-app src="${app.url}"></gradio-app>`);
    const el = appOf(page);
    const tablist = el.getByRole('tablist');
    await expect(tablist.getByRole('tab')).toHaveText(['First', 'Second', 'Third']);
    const first = el.getByRole('tab', { name: 'First' });
    const second = el.getByRole('tab', { name: 'Second' });
    await expect(first).toHaveAttribute('aria-selected', 'true');
    await expect(el.getByText('Content of the first tab')).toBeVisible();
    await expect(el.getByText('Content of the second tab')).toBeHidden();
    await expect(el.getByRole('tabpanel')).toHaveCount(1);
    // The first tab reports its selection once the app loads, as on Gradio's own page; its
    // result must land before the click's, or the two runs race for the same output.
    await expect(el.getByLabel('selected', { exact: true })).toHaveValue(
      'selected First (index 0, selected=True)',
    );

    await second.click();

    await expect(second).toHaveAttribute('aria-selected', 'true');
    await expect(first).toHaveAttribute('aria-selected', 'false');
    await expect(el.getByText('Content of the second tab')).toBeVisible();
    await expect(el.getByText('Content of the first tab')).toBeHidden();
    await expect(el.getByRole('tabpanel')).toHaveAccessibleName('Second');
    await expect(el.getByLabel('selected', { exact: true })).toHaveValue(
      'selected Second (index 1, selected=True)',
    );
    await expect(el.getByLabel('changes', { exact: true })).toHaveValue('1');

    await first.click();
    await expect(el.getByLabel('selected', { exact: true })).toHaveValue(
      'selected First (index 0, selected=True)',
    );
    await expect(el.getByLabel('changes', { exact: true })).toHaveValue('2');
  });

  test('arrow keys, Home and End move between visible tabs (WAI-ARIA tabs)', async ({
    page,
    gradio,
    embed,
  }) => {
    const app = await gradio('layout_tabs');
    await embed(`<gradio-app src="${app.url}"></gradio-app>`);
    const el = appOf(page);
    const tab = (name: string): Locator => el.getByRole('tab', { name });
    await expect(tab('First')).toHaveAttribute('tabindex', '0');
    await expect(tab('Second')).toHaveAttribute('tabindex', '-1');
    await tab('First').focus();

    await page.keyboard.press('ArrowRight');
    await expect(tab('Second')).toBeFocused();
    await expect(tab('Second')).toHaveAttribute('aria-selected', 'true');
    await expect(el.getByText('Content of the second tab')).toBeVisible();

    await page.keyboard.press('ArrowRight'); // skips the hidden tab
    await expect(tab('Third')).toBeFocused();
    await expect(tab('Third')).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('ArrowRight'); // wraps
    await expect(tab('First')).toBeFocused();
    await page.keyboard.press('End');
    await expect(tab('Third')).toBeFocused();
    await page.keyboard.press('Home');
    await expect(tab('First')).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('ArrowLeft');
    await expect(tab('Third')).toHaveAttribute('aria-selected', 'true');
    await expect(el.getByText('Content of the third tab')).toBeVisible();
  });

  test('an event switches tabs with gr.Tabs(selected=...)', async ({ page, gradio, embed }) => {
    const app = await gradio('layout_tabs');
    await embed(`<gradio-app src="${app.url}"></gradio-app>`);
    const el = appOf(page);
    // As on the app's own page: the first tab reports select once the app is up, and a tab an
    // update switches to reports it too, with tabs.change.
    const selected = el.getByLabel('selected', { exact: true });
    await expect(selected).toHaveValue('selected First (index 0, selected=True)');
    await el.getByRole('button', { name: 'Go to second' }).click();
    await expect(el.getByRole('tab', { name: 'Second' })).toHaveAttribute('aria-selected', 'true');
    await expect(el.getByText('Content of the second tab')).toBeVisible();
    await expect(selected).toHaveValue('selected Second (index 1, selected=True)');
    await expect(el.getByLabel('changes', { exact: true })).toHaveValue('1');

    await el.getByRole('button', { name: 'Go to first' }).click();
    await expect(el.getByRole('tab', { name: 'First' })).toHaveAttribute('aria-selected', 'true');
    await expect(el.getByText('Content of the first tab')).toBeVisible();

    // The user's own switch is not undone, and the same update applies again after it.
    await el.getByRole('tab', { name: 'Third' }).click();
    await expect(el.getByText('Content of the third tab')).toBeVisible();
    await el.getByRole('button', { name: 'Go to second' }).click();
    await expect(el.getByText('Content of the second tab')).toBeVisible();
    await el.getByRole('tab', { name: 'Third' }).click();
    await el.getByRole('button', { name: 'Go to second' }).click();
    await expect(el.getByRole('tab', { name: 'Second' })).toHaveAttribute('aria-selected', 'true');
  });

  test('an input in an inactive tab is still sent', async ({ page, gradio, embed }) => {
    const app = await gradio('layout_tabs');
    await embed(`<gradio-app src="${app.url}"></gradio-app>`);
    const el = appOf(page);
    await el.getByRole('tab', { name: 'Second' }).click();
    await el.getByLabel('secret', { exact: true }).fill('xyzzy');
    await el.getByRole('tab', { name: 'First' }).click();
    await expect(el.getByLabel('secret', { exact: true })).toBeHidden();

    await el.getByRole('button', { name: 'Read second' }).click();

    await expect(el.getByLabel('result', { exact: true })).toHaveValue('secret is xyzzy');
  });

  test('a hidden tab is left out of the bar until an update shows it', async ({ page, gradio, embed }) => {
    const app = await gradio('layout_tabs');
    await embed(`<gradio-app src="${app.url}"></gradio-app>`);
    const el = appOf(page);
    await expect(el.getByRole('tab')).toHaveCount(3);
    await expect(el.getByText('You should not see this')).toBeHidden();

    await el.getByRole('button', { name: 'Show hidden tab' }).click();

    await expect(el.getByRole('tab')).toHaveText(['First', 'Second', 'Hidden', 'Third']);
    await el.getByRole('tab', { name: 'Hidden' }).click();
    await expect(el.getByText('You should not see this')).toBeVisible();
  });

  test('an accordion inside a tab renders (screenshot kept with the results for review)', async ({
    page,
    gradio,
    embed,
  }) => {
    const app = await gradio('layout_tabs');
    await embed(`<div style="max-width: 720px">
      <gradio-app src="${app.url}"></gradio-app>
    </div>`);
    const el = appOf(page);
    await expect(el.getByText('An accordion inside a tab')).toBeVisible();
    await page.screenshot({ path: test.info().outputPath('tabs-accordion.png'), fullPage: true });
  });
});

test.describe('Tabs overflow', allVersions, () => {
  test('tabs that do not fit go to the "More tabs" menu', async ({ page, gradio, embed }) => {
    const app = await gradio('layout_overflow');
    await embed(`<div style="width: 640px"><gradio-app src="${app.url}"></gradio-app></div>`);
    const el = appOf(page);
    const more = el.getByRole('button', { name: 'More tabs' });
    await expect(more).toBeVisible();
    const inBar = await el.getByRole('tab').count();
    expect(inBar).toBeGreaterThan(1);
    expect(inBar).toBeLessThan(12);
    await expect(el.getByRole('tab', { name: 'Long tab label 12' })).toHaveCount(0);

    await more.click();
    await el.getByRole('button', { name: 'Long tab label 12' }).click();

    await expect(el.getByText('Panel 12')).toBeVisible();
    await expect(el.getByRole('tab', { name: 'Long tab label 12' })).toHaveAttribute('aria-selected', 'true');
    await expect(el.getByRole('button', { name: 'Long tab label 12' })).toHaveCount(0);
  });

  test('all tabs fit a wide app, with no menu', async ({ page, gradio, embed }) => {
    const app = await gradio('layout_overflow');
    await embed(`<div style="width: 640px"><gradio-app src="${app.url}"></gradio-app></div>`);
    const el = appOf(page);
    await expect(el.getByRole('button', { name: 'More tabs' })).toBeVisible();
    await page.setViewportSize({ width: 2400, height: 900 });
    await page
      .locator('div')
      .first()
      .evaluate((div) => (div.style.width = '2300px'));
    await expect(el.getByRole('tab')).toHaveCount(12);
    await expect(el.getByRole('button', { name: 'More tabs' })).toHaveCount(0);
  });
});

test.describe('Accordion', allVersions, () => {
  test('the accordion opens and closes by click', async ({ page, gradio, embed }) => {
    const app = await gradio('layout_accordion');
    await embed(`<gradio-app src="${app.url}"></gradio-app>`);
    const el = appOf(page);
    const header = el.getByRole('button', { name: 'Details' });
    await expect(header).toHaveAttribute('aria-expanded', 'false');
    await expect(el.getByText('Hidden details')).toBeHidden();

    await header.click();
    await expect(header).toHaveAttribute('aria-expanded', 'true');
    await expect(el.getByText('Hidden details')).toBeVisible();

    await header.click();
    await expect(header).toHaveAttribute('aria-expanded', 'false');
    await expect(el.getByText('Hidden details')).toBeHidden();
  });

  test('updates open and close the accordion; a closed accordion still sends its inputs', async ({
    page,
    gradio,
    embed,
  }) => {
    const app = await gradio('layout_accordion');
    await embed(`<gradio-app src="${app.url}"></gradio-app>`);
    const el = appOf(page);
    const header = el.getByRole('button', { name: 'Details' });
    await el.getByRole('button', { name: 'Read inner' }).click();
    await expect(el.getByLabel('read', { exact: true })).toHaveValue('inner is inside');

    await el.getByRole('button', { name: 'Open accordion' }).click();
    await expect(header).toHaveAttribute('aria-expanded', 'true');
    await expect(el.getByText('Hidden details')).toBeVisible();
    await el.getByRole('button', { name: 'Close accordion' }).click();
    await expect(header).toHaveAttribute('aria-expanded', 'false');

    // Opened by the user, then closed again by the same update.
    await header.click();
    await expect(header).toHaveAttribute('aria-expanded', 'true');
    await el.getByRole('button', { name: 'Close accordion' }).click();
    await expect(header).toHaveAttribute('aria-expanded', 'false');
  });
});

test.describe('Accordion events', allVersions, () => {
  sinceGradio(5, 'Accordion.expand/collapse arrived in Gradio 5.5');

  test('expand and collapse reach the server', async ({ page, gradio, embed }) => {
    const app = await gradio('layout_accordion');
    await embed(`<gradio-app src="${app.url}"></gradio-app>`);
    const el = appOf(page);
    const header = el.getByRole('button', { name: 'Details' });
    await header.click();
    await expect(el.getByLabel('events', { exact: true })).toHaveValue('expand;');
    await header.click();
    await expect(el.getByLabel('events', { exact: true })).toHaveValue('expand;collapse;');
  });
});

test.describe('Sidebar', allVersions, () => {
  sinceGradio(5, 'gr.Sidebar arrived in Gradio 5.15');

  test('the sidebar opens and closes inside the embed', async ({ page, gradio, embed }) => {
    const app = await gradio('layout_accordion');
    await embed(`<div style="margin: 40px 0 0 200px; width: 900px">
      <gradio-app src="${app.url}"></gradio-app>
    </div>`);
    const el = appOf(page);
    const toggle = el.getByRole('button', { name: 'Toggle Sidebar' });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(el.getByText('Sidebar content')).toBeHidden();

    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(el.getByText('Sidebar content')).toBeVisible();
    await expect(el.getByLabel('sidebar events', { exact: true })).toHaveValue('expand;');
    await page.screenshot({ path: test.info().outputPath('sidebar-open.png') });
    // Within the app's box, not at the host viewport's edge, once it has slid in (two readings
    // in a row at the same place).
    const content = el.getByText('Sidebar content');
    let lastX = NaN;
    await expect
      .poll(async () => {
        const x = (await content.boundingBox())!.x;
        const settled = x === lastX;
        lastX = x;
        return settled;
      })
      .toBe(true);
    const appBox = (await el.boundingBox())!;
    const sideBox = (await content.boundingBox())!;
    expect(sideBox.x).toBeGreaterThanOrEqual(appBox.x);
    expect(sideBox.x + sideBox.width).toBeLessThanOrEqual(appBox.x + appBox.width);
    // Open on a wide app, it pushes the content aside rather than covering it.
    const accordionBox = (await el.getByRole('button', { name: 'Details' }).boundingBox())!;
    expect(accordionBox.x).toBeGreaterThanOrEqual(sideBox.x + sideBox.width);

    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(el.getByText('Sidebar content')).toBeHidden();
    await expect(el.getByLabel('sidebar events', { exact: true })).toHaveValue('expand;collapse;');

    await el.getByRole('button', { name: 'Open sidebar' }).click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(el.getByText('Sidebar content')).toBeVisible();
  });
});

test.describe('Sidebar on a narrow embed', allVersions, () => {
  sinceGradio(5, 'gr.Sidebar arrived in Gradio 5.15');

  test('the open sidebar covers the content instead of squeezing it', async ({ page, gradio, embed }) => {
    const app = await gradio('layout_accordion');
    await embed(`<div style="width: 600px"><gradio-app src="${app.url}"></gradio-app></div>`);
    const el = appOf(page);
    const header = el.getByRole('button', { name: 'Details' });
    const before = (await header.boundingBox())!;
    await el.getByRole('button', { name: 'Toggle Sidebar' }).click();
    await expect(el.getByText('Sidebar content')).toBeVisible();
    const after = (await header.boundingBox())!;
    expect(after.x).toBe(before.x);
    expect(after.width).toBe(before.width);
  });
});

test.describe('Walkthrough', allVersions, () => {
  sinceGradio(5, 'gr.Walkthrough arrived in Gradio 5.45');

  test('steps show one at a time; an event moves on; earlier steps can be revisited', async ({
    page,
    gradio,
    embed,
  }) => {
    const app = await gradio('layout_walkthrough');
    await embed(`<gradio-app src="${app.url}"></gradio-app>`);
    const el = appOf(page);
    const signIn = el.getByRole('tab', { name: 'Sign in' });
    const settings = el.getByRole('tab', { name: 'Settings' });
    await expect(signIn).toHaveAttribute('aria-selected', 'true');
    await expect(settings).toBeDisabled();
    await expect(el.getByText('Step one')).toBeVisible();
    await expect(el.getByText('Step two')).toBeHidden();

    await el.getByRole('button', { name: 'Next step' }).click();
    await expect(settings).toHaveAttribute('aria-selected', 'true');
    await expect(el.getByText('Step two')).toBeVisible();
    await page.screenshot({ path: test.info().outputPath('walkthrough.png') });

    await signIn.click();
    await expect(el.getByText('Step one')).toBeVisible();
  });

  test('bare gr.Tab blocks get a tabs block from the server', async ({ page, gradio, embed }) => {
    const app = await gradio('layout_walkthrough');
    await embed(`<gradio-app src="${app.url}"></gradio-app>`);
    const el = appOf(page);
    await expect(el.getByRole('tab', { name: 'Bare A' })).toHaveAttribute('aria-selected', 'true');
    await el.getByRole('tab', { name: 'Bare B' }).click();
    await expect(el.getByText('Bare tab B')).toBeVisible();
    await expect(el.getByText('Bare tab A')).toBeHidden();
  });
});
