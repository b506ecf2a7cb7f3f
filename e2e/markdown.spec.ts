import type { Page } from '@playwright/test';
import { test, expect, allVersions } from './fixtures/test.js';

/** The heavy chunks a Markdown page may load, by the file names the build gives them. */
const KATEX = /\/chunks\/math-[^/]+\.js$|KaTeX_[A-Za-z0-9-]+\.woff2$/;
const HIGHLIGHT = /\/chunks\/(highlight|python|javascript)-[^/]+\.js$/;

function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => urls.push(request.url()));
  return urls;
}

test.describe('Markdown', () => {
  test.beforeEach(async ({ context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  });

  test('LaTeX is typeset with KaTeX: inline, display and custom delimiters', async ({
    page,
    gradio,
    embed,
  }) => {
    const app = await gradio('markdown_text');
    const requests = recordRequests(page);
    await embed(`<gradio-app src="${app.url}"></gradio-app>`);
    const tour = page.locator('gradio-app #tour');
    await expect(tour.locator('.katex')).toHaveCount(3);
    await expect(tour.locator('annotation')).toHaveText([
      'e^{i\\pi} + 1 = 0',
      'a_1 + b_2',
      /^\s*\\int_0\^1 x\^2 \\, dx = \\frac\{1\}\{3\}\s*$/,
    ]);
    await expect(tour.locator('.katex-display')).toHaveCount(1);
    // What the user reads: the formula's glyphs, not its TeX.
    await expect(tour.locator('.katex-html').first()).toHaveText(/e\s*iπ\s*\+\s*1\s*=\s*0/);
    // The default delimiters are $$ only: $y$ stays text.
    const defaults = page.locator('gradio-app #default-delims');
    await expect(defaults.locator('annotation')).toHaveText(['x^2']);
    await expect(defaults).toContainText('but not $y$');
    // KaTeX's fonts come through document.fonts and are in use.
    await expect
      .poll(() =>
        page.evaluate(() =>
          [...document.fonts].some((f) => f.family.includes('KaTeX_Main') && f.status === 'loaded'),
        ),
      )
      .toBe(true);
    expect(requests.some((url) => KATEX.test(url))).toBe(true);
    const fontFamily = await tour
      .locator('.katex .mathnormal')
      .first()
      .evaluate((el) => getComputedStyle(el).fontFamily);
    expect(fontFamily).toContain('KaTeX_Math');
    // The official page typesets the same formulas.
    const ours = await page.locator('gradio-app').locator('annotation').allTextContents();
    await page.goto(app.url);
    await expect(page.locator('#tour .katex')).toHaveCount(3);
    expect(await page.locator('annotation').allTextContents()).toEqual(ours);
  });

  test('code is highlighted per language, with copy buttons that copy the code', async ({
    page,
    gradio,
    embed,
  }) => {
    const app = await gradio('markdown_text');
    await embed(`<gradio-app src="${app.url}"></gradio-app>`);
    const tour = page.locator('gradio-app #tour');
    const python = tour.locator('pre code.language-python');
    const js = tour.locator('pre code.language-javascript');
    await expect(python.locator('.hljs-keyword').first()).toHaveText('def');
    await expect(js.locator('.hljs-keyword').first()).toHaveText('const');
    const keywordColor = await python
      .locator('.hljs-keyword')
      .first()
      .evaluate((el) => getComputedStyle(el).color);
    const plainColor = await python.evaluate((el) => getComputedStyle(el).color);
    expect(keywordColor).not.toBe(plainColor);
    await tour.getByRole('button', { name: 'Copy code' }).first().click();
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      .toBe('def greet(name: str) -> str:\n    return f"Hello {name}"');
  });

  test('header links and in-page links scroll inside the embed and never change the page URL', async ({
    page,
    gradio,
    embed,
  }) => {
    const app = await gradio('markdown_text');
    await page.setViewportSize({ width: 1200, height: 500 });
    await embed(`<div style="height:200px">host header</div><gradio-app src="${app.url}"></gradio-app>`);
    const tour = page.locator('gradio-app #tour');
    const tableHeading = tour.locator('h2#h-table');
    await expect(tableHeading).toBeAttached();
    const before = page.url();
    await tour.getByRole('link', { name: 'the table' }).click();
    await expect.poll(() => tableHeading.evaluate((el) => el.getBoundingClientRect().top)).toBeLessThan(60);
    expect(page.url()).toBe(before);
    expect(await page.evaluate(() => location.hash)).toBe('');
    // The heading's own anchor, shown on hover.
    await page.evaluate(() => window.scrollTo(0, 0));
    const codeHeading = tour.locator('h2#h-code-samples');
    await codeHeading.hover();
    const anchor = codeHeading.getByRole('link', { name: 'Link to this section' });
    await expect(anchor).toHaveCSS('opacity', '1');
    await anchor.click();
    await expect.poll(() => codeHeading.evaluate((el) => el.getBoundingClientRect().top)).toBeLessThan(60);
    expect(page.url()).toBe(before);
  });

  test('HTML is sanitized as Gradio does; with sanitize_html=False its code stays only with allow_js', async ({
    page,
    gradio,
    embed,
  }) => {
    const app = await gradio('markdown_text');
    await embed(`<gradio-app src="${app.url}"></gradio-app>`);
    const tour = page.locator('gradio-app #tour');
    await expect(tour.locator('.allowed-html')).toHaveCSS('color', 'rgb(200, 0, 0)');
    await expect(tour.getByRole('img', { name: 'bad image' })).toBeAttached();
    expect(await tour.getByRole('img', { name: 'bad image' }).getAttribute('onerror')).toBeNull();
    await expect(tour.locator('script, iframe')).toHaveCount(0);
    expect(await tour.getByText('bad link').getAttribute('href')).toBeNull();
    await expect(tour).not.toContainText('custom tag content');
    await expect(tour).toContainText('after custom tag');
    await expect(tour.getByRole('link', { name: 'Gradio' })).toHaveAttribute('target', '_blank');
    await expect(tour.getByRole('link', { name: 'Gradio' })).toHaveAttribute('rel', 'noopener noreferrer');
    expect(await page.evaluate(() => (globalThis as { __mdXss?: number }).__mdXss)).toBeUndefined();
    // sanitize_html=False keeps the markup, but its code only for an app the host trusts (allow_js).
    const raw = page.locator('gradio-app #unsanitized');
    await expect(raw.locator('.raw-span')).toHaveText('raw');
    expect(await raw.locator('.raw-span').getAttribute('onclick')).toBeNull();
    await expect(raw.locator('iframe.raw-frame')).toHaveCount(1);
    await embed(`<gradio-app src="${app.url}" allow_js="true"></gradio-app>`);
    const trusted = page.locator('gradio-app #unsanitized');
    await expect(trusted.locator('.raw-span')).toHaveAttribute('onclick', 'globalThis.__rawClick = 1');
    await expect(trusted.locator('iframe.raw-frame')).toHaveCount(1);
    // The official page keeps and drops the same things.
    const kept = async (scope: ReturnType<Page['locator']>) => ({
      text: (await scope.locator('h3 ~ *').allInnerTexts()).join('|').replace(/\s+/g, ' '),
      tags: await scope
        .locator('h3 ~ *, h3 ~ * *')
        .evaluateAll((els) =>
          els.map(
            (el) =>
              `${el.localName}${el.getAttribute('href') === null ? '' : `[href=${el.getAttribute('href')}]`}`,
          ),
        ),
    });
    const ours = await kept(tour);
    await page.goto(app.url);
    await expect(page.locator('#tour .allowed-html')).toBeVisible();
    expect(await kept(page.locator('#tour'))).toEqual(ours);
  });

  test('the copy button copies the source and the server receives the copy event', async ({
    page,
    gradio,
    embed,
  }) => {
    const app = await gradio('markdown_text');
    await embed(`<gradio-app src="${app.url}"></gradio-app>`);
    const root = page.locator('gradio-app');
    await root.locator('#tour').getByRole('button', { name: 'Copy', exact: true }).click();
    const received = root.getByLabel('markdown copy');
    await expect(received).toHaveValue(/^\{"value": "# Markdown tour\\n\\nInline math/);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied.startsWith('# Markdown tour\n\nInline math $e^{i\\pi} + 1 = 0$')).toBe(true);
    expect(JSON.parse(await received.inputValue())).toEqual({ value: copied });
  });

  test('line breaks, rtl, container with padding, and max_height', async ({ page, gradio, embed }) => {
    const app = await gradio('markdown_text');
    await embed(`<gradio-app src="${app.url}"></gradio-app>`);
    const breaks = page.locator('gradio-app #breaks');
    await expect(breaks.locator('br')).toHaveCount(1);
    await expect(breaks.locator('.block')).toHaveAttribute('dir', 'rtl');
    await expect(breaks.locator('p')).toHaveCSS('text-align', 'start');
    const box = await breaks.locator('.block').evaluate((el) => {
      const s = getComputedStyle(el);
      return { border: s.borderTopWidth, padding: s.paddingTop };
    });
    expect(box.border).not.toBe('0px');
    expect(box.padding).not.toBe('0px');
    const tall = page.locator('gradio-app #tall .block');
    const size = await tall.evaluate((el) => ({ client: el.clientHeight, scroll: el.scrollHeight }));
    expect(size.client).toBeLessThanOrEqual(120);
    expect(size.scroll).toBeGreaterThan(size.client);
  });
});

test.describe('Interface title, description and article', allVersions, () => {
  test('render as on the app page, and a page without math or code loads no KaTeX or highlight.js', async ({
    page,
    gradio,
    embed,
  }) => {
    const app = await gradio('markdown_interface');
    const requests = recordRequests(page);
    await embed(`<gradio-app src="${app.url}"></gradio-app>`);
    const root = page.locator('gradio-app');
    const title = root.getByRole('heading', { level: 1, name: 'Shouter' });
    await expect(title).toHaveCSS('text-align', 'center');
    await expect(title).toHaveCSS('margin-bottom', '0px');
    await expect(root.locator('em')).toHaveText('words');
    await expect(root.locator('strong')).toHaveText('louder');
    await expect(root.getByRole('link', { name: 'Gradio' })).toHaveAttribute('target', '_blank');
    const article = root.getByRole('heading', { level: 3, name: 'How it works' });
    const submit = root.getByRole('button', { name: 'Submit' });
    const [titleBox, descBox, submitBox, articleBox] = await Promise.all(
      [title, root.getByText('Type some'), submit, article].map((l) => l.boundingBox()),
    );
    expect(titleBox!.y).toBeLessThan(descBox!.y);
    expect(descBox!.y).toBeLessThan(submitBox!.y);
    expect(articleBox!.y).toBeGreaterThan(submitBox!.y + submitBox!.height);
    // The official page lays the same blocks out with the same gaps.
    const ours = { desc: descBox!.y - titleBox!.y, article: articleBox!.y - submitBox!.y };
    await page.goto(app.url);
    const official = page.locator('body');
    // The official page moves its blocks while it is still drawing them: compare once it settles.
    const gaps = async () => {
      const [oTitle, oDesc, oSubmit, oArticle] = await Promise.all(
        [
          official.getByRole('heading', { level: 1, name: 'Shouter' }),
          official.getByText('Type some'),
          official.getByRole('button', { name: 'Submit' }),
          official.getByRole('heading', { level: 3, name: 'How it works' }),
        ].map((l) => l.boundingBox()),
      );
      return {
        desc: Math.abs(ours.desc - (oDesc!.y - oTitle!.y)) <= 4,
        article: Math.abs(ours.article - (oArticle!.y - oSubmit!.y)) <= 4,
      };
    };
    await expect.poll(gaps).toEqual({ desc: true, article: true });
    expect(requests.filter((url) => KATEX.test(url) || HIGHLIGHT.test(url))).toEqual([]);
  });
});

test.describe('Textbox', () => {
  test.beforeEach(async ({ context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  });

  test('submit button streams, stop button cancels on the server, the output follows the stream', async ({
    page,
    gradio,
    embed,
  }) => {
    const app = await gradio('markdown_text');
    await embed(`<gradio-app src="${app.url}"></gradio-app>`);
    const root = page.locator('gradio-app');
    const prompt = root.getByLabel('prompt');
    const streamed = root.getByLabel('streamed');
    await prompt.fill('hey');
    await root.getByRole('button', { name: 'Send' }).click();
    await expect(streamed).toHaveValue(/^hey 0\nhey 1\nhey 2\nhey 3\nhey 4/);
    // Taller than max_lines: the box stops at 4 lines, scrolls, and shows the newest line.
    const area = await streamed.evaluate((el: HTMLTextAreaElement) => ({
      client: el.clientHeight,
      scroll: el.scrollHeight,
      top: el.scrollTop,
      lineHeight: parseFloat(getComputedStyle(el).lineHeight),
      padding: parseFloat(getComputedStyle(el).paddingTop) + parseFloat(getComputedStyle(el).paddingBottom),
    }));
    expect(area.scroll).toBeGreaterThan(area.client);
    expect(area.client).toBeCloseTo(area.lineHeight * 4 + area.padding, 0);
    expect(area.top + area.client).toBeGreaterThanOrEqual(area.scroll - 2);
    await root.getByRole('button', { name: 'Stop' }).click();
    const stoppedAt = await streamed.inputValue();
    await page.waitForTimeout(1000);
    expect(await streamed.inputValue()).toBe(stoppedAt);
    // The server cancels its task when our cancel request lands: ask until it has.
    const cancelLog = root.getByLabel('cancel log');
    await expect
      .poll(async () => {
        await root.getByRole('button', { name: 'Check cancellation' }).click();
        await expect(cancelLog).not.toHaveValue('', { timeout: 5_000 });
        return cancelLog.inputValue();
      })
      .toBe('["cancelled"]');
  });

  test('copy button copies the text; the server gets the copy event', async ({ page, gradio, embed }) => {
    const app = await gradio('markdown_text');
    await embed(`<gradio-app src="${app.url}"></gradio-app>`);
    const root = page.locator('gradio-app');
    await root.getByLabel('prompt').fill('copy');
    await root.getByLabel('prompt').press('Enter');
    await expect(root.getByLabel('streamed')).toHaveValue(/^copy 0\ncopy 1/);
    await root.getByRole('button', { name: 'Stop' }).click();
    const text = await root.getByLabel('streamed').inputValue();
    await root
      .locator('gr-textbox', { has: page.getByLabel('streamed') })
      .getByRole('button', { name: 'Copy' })
      .click();
    const report = root.getByLabel('copy report');
    await expect
      .poll(async () => JSON.parse((await report.inputValue()) || 'null') as unknown)
      .toEqual({ value: text });
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);
  });

  test('autosize grows between lines and max_lines; select reports range and text as the official page does', async ({
    page,
    gradio,
    embed,
  }) => {
    const app = await gradio('markdown_text');
    const select = async (box: ReturnType<Page['locator']>, report: ReturnType<Page['locator']>) => {
      await box.fill('hello world');
      // One selection change. The select event runs once at a time, as Gradio's does (a select
      // made while one runs is dropped), and `fill` selecting the old text starts one that may
      // still be running (on our side the first event also loads the code that runs events):
      // select again until this selection is the one reported.
      await expect(async () => {
        await box.press('End');
        await box.press('Control+Shift+ArrowLeft');
        await expect(report).toHaveValue(/"value": "world"/, { timeout: 2_000 });
      }).toPass({ timeout: 20_000 });
      return JSON.parse(await report.inputValue()) as unknown;
    };
    await embed(`<gradio-app src="${app.url}"></gradio-app>`);
    const root = page.locator('gradio-app');
    const auto = root.getByLabel('autosize');
    const height = () => auto.evaluate((el) => el.getBoundingClientRect().height);
    const lineHeight = await auto.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight));
    const two = await height();
    await auto.fill('1\n2\n3\n4');
    expect((await height()) - two).toBeCloseTo(2 * lineHeight, 0);
    await auto.fill('1\n2\n3\n4\n5\n6\n7\n8');
    expect((await height()) - two).toBeCloseTo(3 * lineHeight, 0);
    expect(await auto.evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true);
    const ours = await select(auto, root.getByLabel('select report'));
    expect(ours).toEqual({ index: [6, 11], value: 'world' });
    await page.goto(app.url);
    const official = await select(page.getByLabel('autosize'), page.getByLabel('select report'));
    expect(ours).toEqual(official);
  });

  test('max_length, text_align and html_attributes', async ({ page, gradio, embed }) => {
    const app = await gradio('markdown_text');
    await embed(`<gradio-app src="${app.url}"></gradio-app>`);
    const root = page.locator('gradio-app');
    const shaped = root.getByLabel('shaped');
    await shaped.pressSequentially('abcdefghijklmno');
    await expect(root.getByLabel('received')).toHaveValue("'abcdefghij'");
    await expect(shaped).toHaveCSS('text-align', 'right');
    await expect(shaped).toHaveAttribute('spellcheck', 'false');
    await expect(shaped).toHaveAttribute('autocomplete', 'off');
    await expect(shaped).toHaveAttribute('lang', 'fr');
  });
});
