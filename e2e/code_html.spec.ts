import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures/test.js';

/**
 * gr.Code and gr.HTML against the real server. Where a user action produces a value, the same
 * action is done on the app's own page (the official frontend at `/`) and both must reach
 * Python identically.
 */

/** The editing area of a gr.Code block, by the block's label (ours) or position (official). */
const ours = (page: Page) => page.locator('gradio-app');

/** Types into a CodeMirror editor as a user: end of text, new line, text, Tab, undo of the Tab. */
async function editLikeAUser(page: Page, editor: Locator): Promise<void> {
  await editor.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('total = add(1, 2)');
  await page.keyboard.press('Enter');
  await page.keyboard.type('if total:');
  await page.keyboard.press('Enter');
  await page.keyboard.type('print(total)');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Control+z');
}

const headStyles = (page: Page) =>
  page.evaluate(() => ({
    head: document.head.querySelectorAll('style, link[rel="stylesheet"]').length,
    adopted: document.adoptedStyleSheets.length,
  }));

test.describe('gr.Code', () => {
  test('a user edits code (type, Enter, Tab, undo) and Python receives exactly what the official page sends', async ({
    page,
    gradio,
    embed,
  }) => {
    // Two full pages (the official one, then ours) and a server start: slow on a busy machine.
    test.slow();
    const app = await gradio('code_html_code');

    await page.goto(app.url);
    const official = page.locator('.cm-content').first();
    await editLikeAUser(page, official);
    await page.getByRole('button', { name: 'Send code' }).click();
    const officialBox = page.getByLabel('Received code');
    await expect(officialBox).not.toHaveValue('');
    const officialText = await officialBox.inputValue();

    await embed(`<gradio-app src="${app.url}"></gradio-app>`);
    const root = ours(page);
    const editor = root.getByRole('textbox', { name: 'Editor', exact: true });
    await editLikeAUser(page, editor);
    await root.getByRole('button', { name: 'Send code' }).click();
    await expect(root.getByLabel('Received code')).toHaveValue(officialText);
    // Python's indentation rules as CodeMirror applies them, identically on both pages.
    expect(JSON.parse(officialText)).toBe(
      'def add(a, b):\n    return a + b\n  total = add(1, 2)\nif total:\n    print(total)',
    );
    // Each keystroke fires `input` (trigger_mode "once": keystrokes while one runs are dropped,
    // on the official page too). Once it is idle, one more keystroke reaches Python exactly.
    const inputBox = root.locator('gr-textbox').filter({ hasText: 'Input event' });
    await expect(inputBox).not.toHaveAttribute('pending');
    await editor.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('!');
    await expect(root.getByLabel('Input event')).toHaveValue(JSON.stringify(`${JSON.parse(officialText)}!`));
    // Focus and blur, once each per visit (a second visit for the `!`).
    await root.getByRole('button', { name: 'Send code' }).focus();
    await expect(root.getByLabel('Editor events')).toHaveValue('focus blur focus blur');
  });

  test('an update switches the language and value; output code is read-only and highlighted', async ({
    page,
    gradio,
    embed,
    host,
  }) => {
    const app = await gradio('code_html_code');
    await embed(`<gradio-app src="${app.url}"></gradio-app>`);
    const root = ours(page);
    const editor = root.getByRole('textbox', { name: 'Editor', exact: true });
    await expect(editor.locator('.tok-keyword').first()).toHaveText('def');

    // The JavaScript grammar is a chunk of its own, fetched only now.
    const before = host.requests.length;
    await root.getByRole('button', { name: 'Switch to JavaScript' }).click();
    await expect(editor).toHaveText('const answer = 42;');
    await expect(editor.locator('.tok-keyword').first()).toHaveText('const');
    expect(host.requests.slice(before).filter((p) => p.endsWith('.js')).length).toBeGreaterThan(0);
    await expect(editor).toHaveAttribute('contenteditable', 'true');

    const output = root.locator('gr-code').filter({ hasText: 'Output' });
    await expect(output.getByLabel('Empty value')).toBeVisible();
    await root.getByRole('button', { name: 'Generate output' }).click();
    const code = output.getByRole('textbox', { name: 'Output', exact: true });
    await expect(code).toContainText('class Greeter:');
    await expect(code).toHaveAttribute('contenteditable', 'false');
    await expect(code.locator('.tok-keyword')).toContainText(['class', 'def', 'return']);
    await expect(code.locator('.tok-string').first()).toHaveText('"""Says hello."""');
  });

  test('the copy button copies the code; download names the file by language', async ({
    page,
    context,
    gradio,
    embed,
  }) => {
    const app = await gradio('code_html_code');
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await embed(`<gradio-app src="${app.url}"></gradio-app>`);
    const block = ours(page).locator('gr-code').filter({ hasText: 'Editor' });
    await block.getByRole('button', { name: 'Copy' }).click();
    await expect(block.getByRole('button', { name: 'Copied' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      'def add(a, b):\n    return a + b',
    );

    const download = page.waitForEvent('download');
    await block.getByRole('button', { name: 'Download' }).click();
    expect((await download).suggestedFilename()).toBe('file.py');

    // Only the buttons the block asks for.
    const sized = ours(page).locator('gr-code').filter({ hasText: 'Sized' });
    await expect(sized.getByRole('button', { name: 'Copy' })).toBeVisible();
    await expect(sized.getByRole('button', { name: 'Download' })).toHaveCount(0);
  });

  test('dark mode uses the dark palette, as the official page does, and follows a live theme change', async ({
    page,
    gradio,
    embed,
  }) => {
    const app = await gradio('code_html_code');
    await page.goto(`${app.url}/?__theme=dark`);
    const officialDef = page.locator('.cm-content').first().getByText('def', { exact: true });
    await expect(officialDef).toBeVisible();
    const officialColor = await officialDef.evaluate((el) => getComputedStyle(el).color);

    await embed(`<gradio-app src="${app.url}" theme_mode="dark"></gradio-app>`);
    const keyword = ours(page)
      .getByRole('textbox', { name: 'Editor', exact: true })
      .locator('.tok-keyword')
      .first();
    await expect(keyword).toHaveCSS('color', officialColor);
    await page.locator('gradio-app').evaluate((el) => el.setAttribute('theme_mode', 'light'));
    // Gradio's light keyword colour (#5e81ac, 4.0:1 on white) darkened to #4c6a91 (5.6:1): the
    // one place our light palette differs, for axe's contrast rule (e2e/accessibility.spec.ts).
    await expect(keyword).toHaveCSS('color', 'rgb(76, 106, 145)');
  });

  test('CodeMirror loads only with a code block, writes nothing into the host page, sizes by lines', async ({
    page,
    gradio,
    embed,
    host,
  }) => {
    const htmlApp = await gradio('code_html_html');
    const before = host.requests.length;
    await embed(`<gradio-app src="${htmlApp.url}"></gradio-app>`);
    await expect(ours(page).getByText('Another block')).toBeVisible();
    expect(host.requests.slice(before).filter((p) => /\/(editor|code)-/.test(p))).toEqual([]);

    const codeApp = await gradio('code_html_code');
    const start = host.requests.length;
    const styles = await headStyles(page);
    await embed(`<gradio-app src="${codeApp.url}"></gradio-app>`);
    const editor = ours(page).getByRole('textbox', { name: 'Editor', exact: true });
    await expect(editor.locator('.tok-keyword').first()).toBeVisible();
    const loaded = host.requests.slice(start);
    expect(loaded.some((p) => /\/editor-/.test(p))).toBe(true);
    expect(await headStyles(page)).toEqual(styles);
    expect(await page.evaluate(() => document.head.querySelectorAll('style').length)).toBe(0);

    // lines=3, max_lines=6: the scroller holds 7 line heights and scrolls the rest.
    const sized = ours(page).getByRole('textbox', { name: 'Sized', exact: true });
    const box = await sized.evaluate((el) => {
      const scroller = el.closest('.cm-scroller') as HTMLElement;
      const line = el.querySelector('.cm-line')!.getBoundingClientRect().height;
      return { lines: scroller.clientHeight / line, scrolls: scroller.scrollHeight > scroller.clientHeight };
    });
    expect(box.lines).toBeGreaterThan(6.5);
    expect(box.lines).toBeLessThan(7.5);
    expect(box.scrolls).toBe(true);
  });
});

test.describe('gr.HTML', () => {
  test('a value from the server replaces the HTML; a <script> in a value does not run, as on the official page', async ({
    page,
    gradio,
    embed,
  }) => {
    const app = await gradio('code_html_html');
    await page.goto(app.url);
    await expect(page.getByText('After the script')).toBeVisible();
    expect(
      await page.evaluate(() => (window as { __htmlValueScriptRan?: number }).__htmlValueScriptRan),
    ).toBeUndefined();

    await embed(`<gradio-app src="${app.url}"></gradio-app>`);
    const root = ours(page);
    await expect(root.getByText('After the script')).toBeVisible();
    await expect(root.locator('.initial')).toHaveText('Initial HTML');
    await root.getByRole('button', { name: 'Update HTML' }).click();
    await expect(root.locator('.updated')).toHaveText('Updated 42');
    await expect(root.locator('.initial')).toHaveCount(0);
    expect(
      await page.evaluate(() => (window as { __htmlValueScriptRan?: number }).__htmlValueScriptRan),
    ).toBeUndefined();
  });

  test('an html_template re-renders with new props, in place; watch() sees the change', async ({
    page,
    gradio,
    embed,
  }) => {
    const app = await gradio('code_html_html');
    await embed(`<gradio-app src="${app.url}"></gradio-app>`);
    const counter = ours(page).locator('#counter .counter');
    await expect(counter).toContainText('Count: 3');
    await expect(counter.locator('.color')).toHaveText('red');
    await expect(counter.locator('li')).toHaveText(['0:a', '1:b']);
    await expect(counter.locator('.big')).toHaveCount(0);
    await expect(counter).toHaveCSS('color', 'rgb(200, 0, 0)');
    const plus = await counter.locator('.plus').elementHandle();

    await ours(page).getByRole('button', { name: 'Recolor' }).click();
    await expect(counter.locator('.color')).toHaveText('blue');
    await expect(counter.locator('.big')).toHaveText('big');
    await expect(counter.locator('li')).toHaveText(['0:x', '1:y', '2:z']);
    await expect(counter).toHaveCSS('color', 'rgb(0, 0, 200)');
    await expect(ours(page).locator('#counter .html-content')).toHaveAttribute('data-watched', '1');
    // The same button element: js_on_load's listeners survive the re-render.
    expect(await plus!.evaluate((el) => el.isConnected)).toBe(true);
  });

  test("js_on_load's trigger('click', data) and props.value reach Python as on the official page", async ({
    page,
    gradio,
    embed,
  }) => {
    const app = await gradio('code_html_html');
    await page.goto(app.url);
    await page.getByRole('button', { name: 'Plus' }).click();
    await expect(page.getByLabel('Counter value')).toHaveValue('4');
    await page.getByRole('button', { name: 'Go', exact: true }).click();
    await expect(page.getByLabel('Clicked with')).not.toHaveValue('');
    const officialClick = await page.getByLabel('Clicked with').inputValue();

    await embed(`<gradio-app src="${app.url}"></gradio-app>`);
    const root = ours(page);
    await root.getByRole('button', { name: 'Plus' }).click();
    await expect(root.locator('#counter .count')).toHaveText('4');
    await expect(root.getByLabel('Counter value')).toHaveValue('4');
    await root.getByRole('button', { name: 'Go', exact: true }).click();
    await expect(root.getByLabel('Clicked with')).toHaveValue(officialClick);
    expect(JSON.parse(officialClick)).toEqual({ color: 'red', n: 4 });
  });

  test('server functions answer js_on_load', async ({ page, gradio, embed }) => {
    const app = await gradio('code_html_html');
    await embed(`<gradio-app src="${app.url}"></gradio-app>`);
    const root = ours(page);
    await root.getByRole('textbox').and(root.locator('gr-html input')).fill('quiet');
    await root.getByRole('button', { name: 'Ask' }).click();
    await expect(root.locator('.answer')).toHaveText('QUIET!');
  });

  test('css_template styles its block only: not another block, not the host page', async ({
    page,
    gradio,
    embed,
  }) => {
    const app = await gradio('code_html_html');
    await embed(`<p class="other" id="host-p">Host paragraph</p><gradio-app src="${app.url}"></gradio-app>`);
    const root = ours(page);
    await expect(root.locator('#counter .counter')).toHaveCSS('color', 'rgb(200, 0, 0)');
    // The counter's css_template says `p { color: rgb(1, 2, 3) }`.
    await expect(root.locator('.other')).toBeVisible();
    await expect(root.locator('.other')).not.toHaveCSS('color', 'rgb(1, 2, 3)');
    await expect(page.locator('#host-p')).not.toHaveCSS('color', 'rgb(1, 2, 3)');
    expect(await page.evaluate(() => document.head.querySelectorAll('style').length)).toBe(0);
  });

  test('label, container, padding and min_height draw the box', async ({ page, gradio, embed }) => {
    const app = await gradio('code_html_html');
    await embed(`<gradio-app src="${app.url}"></gradio-app>`);
    const boxed = ours(page).locator('gr-html').filter({ hasText: 'Boxed' }).last();
    await expect(boxed.locator('.html-label')).toHaveText('Boxed');
    const height = await boxed.locator('.html-container').evaluate((el) => el.getBoundingClientRect().height);
    expect(height).toBeGreaterThanOrEqual(120);
    // show_label=False (the default) shows no label.
    await expect(ours(page).locator('gr-html').first().locator('.html-label')).toHaveCount(0);
  });
});
