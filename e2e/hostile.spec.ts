import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures/test.js';
import { officialReportOnly, openOfficial } from './fixtures/official.js';
import { repoRoot } from './fixtures/gradio-server.js';
import { HOSTILE_PAYLOADS, writeHostilePayloads } from './fixtures/hostile-payloads.js';
import { REALM_BOOTSTRAP } from '../src/engine/js-realm.js';
import { latentCode } from '../src/testing/xss-corpus.js';

/*
 * Hostile host pages (a strict Content Security Policy, Trusted Types) and hostile content
 * through a real server: the XSS corpus in an app's title, description, article, toasts, tab,
 * accordion and button labels and examples.
 */

writeHostilePayloads();

/** The sandbox frame's bootstrap, as a CSP source: the README gives the same value. */
const REALM_HASH = `'sha256-${createHash('sha256').update(REALM_BOOTSTRAP).digest('base64')}'`;

/** The CSP the README documents, for our build served from `cdn` and an app at `app`. */
function documentedCsp(cdn: string, app: string): string {
  return [
    "default-src 'none'",
    `script-src ${cdn} ${REALM_HASH} 'unsafe-eval'`,
    `connect-src ${app}`,
    `img-src ${app} data: blob:`,
    `media-src ${app} blob:`,
    `font-src ${cdn} ${app} data:`,
    `style-src ${cdn}`,
    "style-src-attr 'unsafe-inline'",
    `frame-src ${app}`,
  ].join('; ');
}

/** Collects the page's CSP violations as "directive blocked-URI sample". */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    addEventListener(
      'securitypolicyviolation',
      (e) => seen.push(`${e.effectiveDirective} ${e.blockedURI} ${e.sample}`.trim()),
      true,
    );
  });
  return () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
}

test.describe('a host page with a strict Content Security Policy', () => {
  test('the documented CSP: the app loads, events run (the sandboxed event js too), nothing is blocked', async ({
    page,
    embed,
    gradio,
    host,
  }) => {
    const app = await gradio('hostile_host');
    const violations = await watchViolations(page);
    await embed(`<gradio-app src="${app.url}"></gradio-app>`, {
      headers: { 'content-security-policy': documentedCsp(host.origin, app.url) },
    });
    const root = page.locator('gradio-app');
    await root.getByLabel('name', { exact: true }).fill('Ada');
    await root.getByRole('button', { name: 'Submit', exact: true }).click();
    await expect(root.getByLabel('output', { exact: true })).toHaveValue('Hello Ada!');
    await root.getByRole('button', { name: 'Shout', exact: true }).click();
    await expect(root.getByLabel('shouted', { exact: true })).toHaveValue('ADA!');
    await root.getByRole('button', { name: 'Say hi', exact: true }).click();
    await expect(root.locator('gr-markdown em')).toHaveText('said hi');
    await expect(root.locator('.tpl')).toHaveText('TEMPLATED');
    await expect
      .poll(() => root.locator('gr-image img').evaluate((img: HTMLImageElement) => img.naturalWidth))
      .toBe(16);
    // The README gives this policy, with the sandbox's hash as it is built.
    expect(readFileSync(path.join(repoRoot, 'README.md'), 'utf8')).toContain(REALM_HASH);
    // gr.HTML's css_template is a constructable sheet too: it applies without 'unsafe-inline'.
    await expect(root.locator('.tpl')).toHaveCSS('color', 'rgb(0, 128, 0)');
    expect(await violations()).toEqual([]);
  });

  test('a CSP without the sandbox hash and unsafe-eval: the app runs, and the event js says what the CSP lacks', async ({
    page,
    embed,
    gradio,
    host,
  }) => {
    const app = await gradio('hostile_host');
    const csp = documentedCsp(host.origin, app.url).replace(` ${REALM_HASH} 'unsafe-eval'`, '');
    await embed(`<gradio-app src="${app.url}"></gradio-app>`, {
      headers: { 'content-security-policy': csp },
    });
    const root = page.locator('gradio-app');
    await root.getByLabel('name', { exact: true }).fill('Ada');
    await root.getByRole('button', { name: 'Submit', exact: true }).click();
    await expect(root.getByLabel('output', { exact: true })).toHaveValue('Hello Ada!');
    await root.getByRole('button', { name: 'Shout', exact: true }).click();
    await expect(root).toContainText(/Content Security Policy/, { timeout: 10_000 });
    await expect(root.getByLabel('name', { exact: true })).toHaveValue('Ada');
  });

  test('a CSP without the app in connect-src: the element names the directive to change', async ({
    page,
    embed,
    gradio,
    host,
  }) => {
    const app = await gradio('hostile_host');
    const csp = documentedCsp(host.origin, app.url).replace(`connect-src ${app.url}`, "connect-src 'self'");
    await embed(`<gradio-app src="${app.url}"></gradio-app>`, {
      headers: { 'content-security-policy': csp },
    });
    await expect(page.locator('gradio-app')).toContainText(
      `does not allow connecting to ${app.url}: add ${app.url} to its connect-src`,
    );
  });
});

test.describe('a host page that enforces Trusted Types', () => {
  test('a page whose trusted-types list lacks our policy: the element names the directive to change', async ({
    page,
    embed,
    gradio,
  }) => {
    const app = await gradio('hostile_host');
    await embed(`<gradio-app src="${app.url}"></gradio-app>`, {
      headers: {
        'content-security-policy':
          "require-trusted-types-for 'script'; trusted-types lit-html dompurify 'allow-duplicates'",
      },
    });
    await expect(page.locator('gradio-app')).toContainText(
      `refused the embed's policy "gradio-embed": its CSP needs trusted-types gradio-embed lit-html dompurify default 'allow-duplicates'`,
    );
  });

  test('with our policies allowed: Markdown, gr.HTML, toasts and the sandboxed event js work', async ({
    page,
    embed,
    gradio,
  }) => {
    const app = await gradio('hostile_host');
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      const text = message.text();
      if (/error|warning/.test(message.type()) && !text.startsWith('Failed to load resource'))
        errors.push(text);
    });
    await embed(`<gradio-app src="${app.url}"></gradio-app>`, {
      headers: {
        'content-security-policy':
          "require-trusted-types-for 'script'; trusted-types gradio-embed lit-html dompurify default 'allow-duplicates'",
      },
    });
    const root = page.locator('gradio-app');
    await expect(root.locator('gr-markdown b')).toHaveText('HTML');
    await expect(root.locator('.plain i')).toHaveText('HTML');
    await expect(root.locator('.tpl')).toHaveText('TEMPLATED');
    await root.getByLabel('name', { exact: true }).fill('Ada');
    await root.getByRole('button', { name: 'Shout', exact: true }).click();
    await expect(root.getByLabel('shouted', { exact: true })).toHaveValue('ADA!');
    await root.getByRole('button', { name: 'Say hi', exact: true }).click();
    await expect(root.locator('gr-markdown em')).toHaveText('said hi');
    await expect(root.locator('.gr-toast')).toContainText('Hi Ada');
    expect(errors).toEqual([]);
  });
});

/** Watches for payloads that run: a global they call, and messages frames post to the page. */
async function watchXss(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const hits: string[] = [];
    const w = window as unknown as { __xssHits: string[]; __xssHit: (id: string) => void };
    w.__xssHits = hits;
    w.__xssHit = (id) => hits.push(id);
    addEventListener('message', (e) => {
      if (typeof e.data === 'string' && /^xss-\d+$/.test(e.data)) hits.push(e.data);
    });
  });
  return () => page.evaluate(() => [...new Set((window as unknown as { __xssHits: string[] }).__xssHits)]);
}

/** Clicks the app's toasts button, every tab and accordion, and runs an example through the server. */
async function exercise(root: ReturnType<Page['locator']>): Promise<void> {
  // The app's own markup may cover its controls (a payload's full-size box): clicks are events.
  await root.getByRole('button', { name: 'Toasts', exact: true }).dispatchEvent('click');
  await expect(root.getByLabel('toast status', { exact: true })).toHaveValue('toasts sent');
  // Long labels: most tabs are in the "More tabs" menu; selecting each renders its panel.
  const tabs = [
    ...(await root.getByRole('tab').all()),
    ...(await root.locator('.overflow-dropdown button').all()),
  ];
  expect(tabs.length).toBeGreaterThanOrEqual(9);
  for (const tab of tabs) await tab.dispatchEvent('click');
  await expect(root.getByText(`tab ${tabs.length - 1}`, { exact: true })).toBeVisible();
  for (const toggle of await root.locator('gr-accordion button[aria-expanded]').all())
    await toggle.dispatchEvent('click');
}

test.describe('hostile content through a real server', () => {
  test('payloads in title, description, article, toasts, tab/accordion/button labels and examples: none runs, nothing leaves the shadow root', async ({
    page,
    embed,
    gradio,
  }) => {
    test.setTimeout(90_000);
    const app = await gradio('hostile');
    const hits = await watchXss(page);
    await embed(`<p id="host-text">host</p><gradio-app src="${app.url}"></gradio-app>`);
    const root = page.locator('gradio-app');
    await expect(root.getByLabel('visitor name', { exact: true })).toBeVisible();
    const before = await page.evaluate(() => ({
      body: [...document.body.children].map((el) => el.localName).join(' '),
      head: document.head.children.length,
      title: document.title,
    }));
    await exercise(root);
    await expect(root.locator('.gr-toast').first()).toBeVisible();
    // An example (a payload) goes to the server and back as text.
    const first = HOSTILE_PAYLOADS[0]!.text;
    await root.locator('gr-dataset').getByRole('button').first().dispatchEvent('click');
    await expect(root.getByLabel('visitor name', { exact: true })).toHaveValue(first);
    await root.getByRole('button', { name: 'Run greet', exact: true }).dispatchEvent('click');
    await expect(root.getByLabel('greeting', { exact: true })).toHaveValue(`Hello ${first}!`);
    await page.waitForTimeout(500);
    expect(await hits()).toEqual([]);
    // Nothing was added outside the element, and the page's title is the host's.
    expect(
      await page.evaluate(() => ({
        body: [...document.body.children].map((el) => el.localName).join(' '),
        head: document.head.children.length,
        title: document.title,
      })),
    ).toEqual(before);
    // Nothing left in the rendered app that a click could run.
    const latent = await page.evaluate(
      `(${latentCode.toString()})(document.querySelector('gradio-app').shadowRoot)`,
    );
    expect(latent).toEqual([]);
    // Control: the same watcher catches a payload that does run (put straight into the page).
    const handler = HOSTILE_PAYLOADS.find((p) => p.text.startsWith('<img src=x onerror='))!;
    await page.evaluate((markup) => document.body.insertAdjacentHTML('beforeend', markup), handler.text);
    await expect.poll(hits).toEqual([handler.id]);
  });

  test('the official element on the same app (reported, not required)', async ({ page, host, gradio }) => {
    officialReportOnly();
    test.setTimeout(90_000);
    const app = await gradio('hostile');
    const hits = await watchXss(page);
    await openOfficial(page, host, app.url);
    const root = page.locator('gradio-app');
    // Its own markup: click the toasts button, then every tab and every other button in the app.
    const outcome = await root
      .getByRole('button', { name: 'Toasts', exact: true })
      .dispatchEvent('click', undefined, { timeout: 10_000 })
      .then(() => expect(root.getByLabel('toast status', { exact: true })).toHaveValue('toasts sent'))
      .then(() =>
        root.evaluate((el) => {
          for (const tab of el.querySelectorAll<HTMLElement>('[role=tab], button')) {
            if (tab.textContent?.trim() !== 'Toasts') tab.click();
          }
        }),
      )
      .then(async () => {
        await page.waitForTimeout(500);
        const ran = await hits();
        return ran.length ? `${ran.length} payloads ran: ${ran.join(' ')}` : 'no payload ran';
      })
      .catch((error: Error) => `could not be exercised: ${error.message.split('\n')[0]}`);
    test.info().annotations.push({ type: 'official', description: outcome });
    console.log(`[official, hostile content] ${outcome}`);
  });
});
