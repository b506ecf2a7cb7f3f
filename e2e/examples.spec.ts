import { test, expect, allVersions, sinceGradio } from './fixtures/test.js';
import type { Locator, Page } from '@playwright/test';

/** The dataset block with this label. */
function dataset(root: Locator, label: string): Locator {
  return root.locator('gr-dataset').filter({ has: root.page().getByText(label, { exact: true }) });
}

async function open(
  page: Page,
  gradio: (app: string) => Promise<{ url: string }>,
  embed: (b: string) => Promise<void>,
) {
  const app = await gradio('examples');
  await embed(`<gradio-app mode="native" src="${app.url}"></gradio-app>`);
  const root = page.locator('gradio-app');
  await expect(root.getByLabel('First', { exact: true })).toBeVisible();
  return root;
}

test.describe('gr.Examples', allVersions, () => {
  sinceGradio(5, 'the examples app uses 5.x props (Dataset layout, cache_mode)');

  test('clicking a row fills the inputs with exactly its values', async ({ page, gradio, embed }) => {
    const root = await open(page, gradio, embed);
    const paged = dataset(root, 'Paged examples');
    await expect(paged.getByRole('columnheader')).toHaveText(['First', 'Second']);
    await paged.getByRole('row', { name: 'a1 b1' }).click();
    await expect(root.getByLabel('First', { exact: true })).toHaveValue('a1');
    await expect(root.getByLabel('Second', { exact: true })).toHaveValue('b1');
  });

  test('pagination: three samples a page, the last page holds the seventh', async ({
    page,
    gradio,
    embed,
  }) => {
    const root = await open(page, gradio, embed);
    const paged = dataset(root, 'Paged examples');
    await expect(paged.locator('tbody tr')).toHaveCount(3);
    await expect(paged.getByRole('button', { name: /^Page \d$/ })).toHaveText(['1', '2', '3']);
    await paged.getByRole('button', { name: 'Page 3' }).click();
    await expect(paged.locator('tbody tr')).toHaveCount(1);
    await paged.getByRole('row', { name: 'a6 b6' }).click();
    await expect(root.getByLabel('First', { exact: true })).toHaveValue('a6');
    await expect(root.getByLabel('Second', { exact: true })).toHaveValue('b6');
  });

  test('keyboard: Tab to a row, Enter loads it', async ({ page, gradio, embed }) => {
    const root = await open(page, gradio, embed);
    const paged = dataset(root, 'Paged examples');
    await paged.getByRole('row', { name: 'a0 b0' }).focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(root.getByLabel('First', { exact: true })).toHaveValue('a2');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await expect(root.getByLabel('First', { exact: true })).toHaveValue('a1');
  });

  test('run_on_click loads the sample and runs the function on it', async ({ page, gradio, embed }) => {
    const root = await open(page, gradio, embed);
    await dataset(root, 'Run on click').getByRole('button', { name: 'world' }).click();
    await expect(root.getByLabel('Run input')).toHaveValue('world');
    await expect(root.getByLabel('Run output')).toHaveValue("shout('world')");
  });

  test('cached examples: the first is preloaded', async ({ page, gradio, embed }) => {
    sinceGradio(6, 'cached examples preloaded by load events (Examples(preload=)) arrived in Gradio 6');
    const root = await open(page, gradio, embed);
    // preload=0: the first example and its cached output are there on load, as on the app's page.
    await expect(root.getByLabel('Cached output')).toHaveValue("combine('x', 'y')");
  });

  test('cached examples: a click shows the cached output', async ({ page, gradio, embed, gradioVersion }) => {
    const root = await open(page, gradio, embed);
    // Gradio 6 preloads the first example by load events: clicked before they have answered, the
    // preload could land after the click's output (in the order the server finishes them).
    if (gradioVersion >= 6) await expect(root.getByLabel('Cached output')).toHaveValue("combine('x', 'y')");
    await dataset(root, 'Cached examples').getByRole('row', { name: 'p q' }).click();
    await expect(root.getByLabel('Cached A')).toHaveValue('p');
    await expect(root.getByLabel('Cached B')).toHaveValue('q');
    await expect(root.getByLabel('Cached output')).toHaveValue("combine('p', 'q')");
  });

  test('lazily cached examples run on first use and show the output', async ({ page, gradio, embed }) => {
    const root = await open(page, gradio, embed);
    await dataset(root, 'Lazy examples').getByRole('button', { name: 'lazy two' }).click();
    await expect(root.getByLabel('Lazy input')).toHaveValue('lazy two');
    await expect(root.getByLabel('Lazy output')).toHaveValue("shout('lazy two')");
  });

  test('a one-input gallery, and example_labels shown instead of the values', async ({
    page,
    gradio,
    embed,
  }) => {
    const root = await open(page, gradio, embed);
    const gallery = dataset(root, 'Gallery examples');
    await expect(gallery.getByRole('button')).toHaveText(['cat', 'dog', 'bird']);
    await gallery.getByRole('button', { name: 'bird' }).click();
    await expect(root.getByLabel('Gallery input')).toHaveValue('bird');
    const labelled = dataset(root, 'Labelled examples');
    await expect(labelled.getByRole('button')).toHaveText(['First label', 'Second label']);
    await labelled.getByRole('button', { name: 'Second label' }).click();
    await expect(root.getByLabel('Labelled input')).toHaveValue('long value two');
  });

  test('gr.Dataset: click sends the index; select sends {index, value}', async ({ page, gradio, embed }) => {
    const root = await open(page, gradio, embed);
    await dataset(root, 'Direct dataset').getByRole('row', { name: 'n1 note 1' }).click();
    await expect(root.getByLabel('Dataset report')).toHaveValue('click(1)');
    await expect(root.getByLabel('Select report')).toHaveValue(
      JSON.stringify({ input: 1, index: 1, value: ['n1', 'note 1'] })
        .replace(/,/g, ', ')
        .replace(/:/g, ': '),
    );
  });

  test('with mode="auto" the examples app renders natively (no iframe)', async ({ page, gradio, embed }) => {
    const app = await gradio('examples');
    await embed(`<gradio-app src="${app.url}"></gradio-app>`);
    const root = page.locator('gradio-app');
    await expect(root.locator('gr-dataset').first()).toBeVisible();
    await expect(root.locator('iframe')).toHaveCount(0);
  });
});
