import type { Locator, Page } from '@playwright/test';
import { test, expect, allVersions, sinceGradio } from './fixtures/test.js';

/** Python's json.dumps of what the function received. */
const dumps = (value: unknown): string =>
  JSON.stringify(value)
    .replace(/,"/g, ', "')
    .replace(/":/g, '": ')
    .replace(/,(?=[\d\-[{tfn])/g, ', ');

async function openApp(page: Page, embed: (body: string) => Promise<void>, url: string): Promise<Locator> {
  await embed(`<gradio-app src="${url}"></gradio-app>`);
  const app = page.locator('gradio-app');
  await expect(app.locator('gr-paramviewer')).toBeVisible();
  return app;
}

/** Drags the mouse across `text` inside the span at `index` of a HighlightedText, as a user selects. */
async function dragAcross(page: Page, block: Locator, index: number, text: string): Promise<void> {
  await block.scrollIntoViewIfNeeded();
  const box = await block.locator(`.text[data-index="${index}"]`).evaluate((span, text) => {
    const node = [...span.childNodes].find((n) => n.nodeType === Node.TEXT_NODE)!;
    const start = node.textContent!.indexOf(text);
    const range = document.createRange();
    range.setStart(node, start);
    range.setEnd(node, start + text.length);
    const r = range.getBoundingClientRect();
    return { left: r.left, right: r.right, y: r.top + r.height / 2 };
  }, text);
  await page.mouse.move(box.left + 1, box.y);
  await page.mouse.down();
  await page.mouse.move((box.left + box.right) / 2, box.y, { steps: 3 });
  await page.mouse.move(box.right - 1, box.y, { steps: 3 });
  await page.mouse.up();
}

test.describe('display components', allVersions, () => {
  sinceGradio(5, 'the display app uses 5.x props (Label show_heading, JSON max_height)');

  test('render natively: labels, JSON trees, highlighted text, parameters', async ({
    page,
    gradio,
    embed,
  }) => {
    const server = await gradio('display');
    const app = await openApp(page, embed, server.url);
    await expect(app.locator('iframe')).toHaveCount(0);

    const animal = app.getByRole('group', { name: 'Animal' });
    await expect(animal.getByRole('heading', { level: 2 })).toHaveText('cat');
    // num_top_classes=3 is applied by the server: three bars, with their percentages.
    await expect(animal.getByRole('button')).toHaveText(['cat 62%', 'dog 25%', 'bird 8%'], {
      useInnerText: true,
    });
    await expect(app.getByRole('group', { name: 'Plain' }).getByRole('heading')).toHaveText('Just a label');
    await expect(
      app.getByRole('group', { name: 'Empty label' }).getByRole('note', { name: 'Empty value' }),
    ).toBeVisible();

    const nested = app.getByRole('tree', { name: 'Nested' });
    await expect(nested.getByRole('treeitem', { name: '"spouse": null' })).toBeVisible();
    await expect(nested.getByRole('treeitem', { name: '1: "poetry"' })).toBeVisible();
    // Three levels open, the fourth closed.
    await expect(nested.getByRole('treeitem', { name: '"source": Object(1)' })).toHaveAttribute(
      'aria-expanded',
      'false',
    );
    const long = app.getByRole('tree', { name: 'Long list' });
    await expect(long.getByRole('treeitem', { name: 'Show 100 more (900 hidden)' })).toBeVisible();
    expect(await long.getByRole('treeitem').count()).toBeLessThan(400);
    await expect(app.locator('gr-json').nth(2).getByRole('note', { name: 'Empty value' })).toBeVisible();

    const entities = app.getByRole('group', { name: 'Entities' });
    await expect(entities.getByRole('listitem')).toHaveText(['animal', 'place']);
    // {text, entities} from Python, split by the server.
    await expect(
      app.getByRole('group', { name: 'From entities' }).locator('.token.highlighted .text'),
    ).toHaveText(['Ada Lovelace', 'London']);

    const params = app.getByRole('region', { name: 'Textbox parameters' });
    await params.getByText('lines: int').click();
    await expect(params.getByText('How many lines the box has.')).toBeVisible();
    await params.locator('summary').first().click();
    await expect(
      params.locator('summary .hljs-built_in, summary .hljs-keyword, summary .hljs-literal').first(),
    ).toBeVisible();
    await expect(params.getByRole('link', { name: 'the guide' })).toHaveAttribute(
      'href',
      'https://www.gradio.app/guides',
    );
  });

  test('a label bar click reaches Python as SelectData', async ({ page, gradio, embed }) => {
    const app = await openApp(page, embed, (await gradio('display')).url);
    await app.getByRole('button', { name: 'dog 25%' }).click();
    await expect(app.getByLabel('Report', { exact: true })).toHaveValue(
      dumps({ index: 1, value: 'dog', selected: true }),
    );
    await app.getByRole('button', { name: 'bird 8%' }).press('Enter');
    await expect(app.getByLabel('Report', { exact: true })).toHaveValue(
      dumps({ index: 2, value: 'bird', selected: true }),
    );
  });

  test('an output label from Python: top classes as bars, no heading', async ({ page, gradio, embed }) => {
    const app = await openApp(page, embed, (await gradio('display')).url);
    await app.getByRole('button', { name: 'Classify' }).click();
    const classes = app.getByRole('group', { name: 'Classes' });
    await expect(classes.getByRole('meter')).toHaveCount(5);
    await expect(classes.getByRole('meter').first()).toHaveAccessibleName('class 9');
    await expect(classes.getByRole('heading')).toHaveCount(0);
  });

  test('a highlightedtext select reaches Python with [token, class]', async ({ page, gradio, embed }) => {
    const app = await openApp(page, embed, (await gradio('display')).url);
    await app.getByRole('button', { name: 'Paris (place)' }).click();
    await expect(app.getByLabel('Report', { exact: true })).toHaveValue(
      dumps({ index: 3, value: ['Paris', 'place'], selected: true }),
    );
    await app.getByRole('button', { name: 'awful (-0.8)' }).press('Enter');
    await expect(app.getByLabel('Report', { exact: true })).toHaveValue(
      dumps({ index: 3, value: ['awful', -0.8], selected: true }),
    );
  });

  test('interactive highlightedtext: tag text by selecting it, name it; Python gets the exact value', async ({
    page,
    gradio,
    embed,
  }) => {
    const app = await openApp(page, embed, (await gradio('display')).url);
    const tagMe = app.getByRole('group', { name: 'Tag me' });
    await dragAcross(page, tagMe, 0, 'quick');
    const name = tagMe.getByRole('textbox', { name: 'Label for “quick”' });
    await expect(name).toBeFocused();
    await page.keyboard.type('adj');
    await page.keyboard.press('Enter');
    const expected = [
      { token: 'The ', class_or_confidence: null },
      { token: 'quick', class_or_confidence: 'adj' },
      { token: ' brown fox', class_or_confidence: null },
    ];
    await expect(app.getByLabel('Edit report')).toHaveValue(dumps(expected));
    // Removing the tag joins the text again.
    await tagMe.getByRole('button', { name: 'quick (adj)' }).focus();
    await tagMe.getByRole('button', { name: 'Remove label from “quick”' }).click();
    await expect(app.getByLabel('Edit report')).toHaveValue(
      dumps([{ token: 'The quick brown fox', class_or_confidence: null }]),
    );
  });

  test('a JSON output fills the tree and its change event runs', async ({ page, gradio, embed }) => {
    const app = await openApp(page, embed, (await gradio('display')).url);
    await app.getByRole('button', { name: 'Fill JSON' }).click();
    const tree = app.getByRole('tree', { name: 'Empty JSON' });
    await expect(tree.getByRole('treeitem', { name: '"deep": true' })).toBeVisible();
    await expect(app.getByLabel('JSON report')).toHaveValue(dumps({ filled: [1, 2, { deep: true }] }));
    // The keyboard walks and folds the tree.
    await tree.getByRole('treeitem').first().focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowLeft');
    await expect(tree.getByRole('treeitem', { name: '"filled": Array(3)' })).toHaveAttribute(
      'aria-expanded',
      'false',
    );
  });

  test('a value of the wrong shape shows a message in its block; the rest of the app works', async ({
    page,
    gradio,
    embed,
  }) => {
    const app = await openApp(page, embed, (await gradio('display')).url);
    const broken = app.locator('gr-label').filter({ hasText: 'Broken' });
    await expect(broken.getByRole('heading')).toHaveText('fine');
    await app.getByRole('button', { name: 'Break the label' }).click();
    await expect(broken.getByRole('alert')).toContainText('cannot show its value');
    await app.getByRole('button', { name: 'cat 62%' }).click();
    await expect(app.getByLabel('Report', { exact: true })).toHaveValue(
      dumps({ index: 0, value: 'cat', selected: true }),
    );
  });

  test('reads like the official page: the same bars, spans and parameters', async ({
    page,
    gradio,
    embed,
  }) => {
    sinceGradio(6, "reads the official page's 6.x markup (5.x draws it with other class names)");
    // The official page draws all 4,000 lines of the long JSON list at once: give it time.
    test.setTimeout(150_000);
    const server = await gradio('display');
    const app = await openApp(page, embed, server.url);
    const official = await page.context().newPage();
    await official.goto(server.url);
    const root = official.locator('body');
    await expect(root.getByRole('button', { name: 'cat 62%' })).toBeVisible({ timeout: 90_000 });
    const norm = (texts: string[]): string[] => texts.map((t) => t.replace(/\s+/g, ' ').trim());
    // The official page draws its blocks one after another under load: each list is read from it
    // until it matches ours (ours draws every block in its first render, which openApp waited
    // for), or the poll times out.
    const officialReads = (selector: string) => async () =>
      norm(await root.locator(selector).allInnerTexts());
    // Label bars: the same names, in the same order.
    const ourBars = norm(await app.locator('gr-label .confidence-set').allInnerTexts());
    expect(ourBars.length).toBeGreaterThan(0);
    await expect
      .poll(async () => norm(await root.getByRole('button', { name: /\d+%$/ }).allInnerTexts()))
      .toEqual(ourBars);
    // HighlightedText: the same text, span by span.
    const ourSpans = norm(await app.locator('gr-highlightedtext .token .text').allInnerTexts());
    expect(ourSpans.length).toBeGreaterThan(0);
    await expect.poll(officialReads('.textfield .token .text')).toEqual(ourSpans);
    // ParamViewer: the same rows.
    const ourRows = norm(await app.locator('gr-paramviewer summary').allInnerTexts());
    expect(ourRows.length).toBeGreaterThan(0);
    await expect.poll(officialReads('details.param summary')).toEqual(ourRows);
    await official.close();
  });
});
