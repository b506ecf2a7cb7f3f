import { createHmac } from 'node:crypto';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures/test.js';
import type { GradioChangeDetail, GradioEventDetail } from '../src/index.js';

// One server (e2e/apps/hostapi.py) for the three apps: `/` (the host API's), `/private` (a
// bearer token), `/members` (auth=). Its /private and /members answer 401 until a token or a
// sign-in; `/` tells when it is up.

/** Records every host-page event of the embed, in order, on window.log. */
const RECORD = `<script>
  window.log = [];
  for (const type of ['gradio-event', 'gradio-change', 'gradio-status']) {
    document.addEventListener(type, (e) => window.log.push({ type, detail: e.detail }));
  }
</script>`;

type Logged =
  | { type: 'gradio-event'; detail: GradioEventDetail }
  | { type: 'gradio-change'; detail: GradioChangeDetail }
  | { type: 'gradio-status'; detail: { status: string; message: string } };

const log = (page: Page): Promise<Logged[]> =>
  page.evaluate(() => (window as unknown as { log: Logged[] }).log);

async function runsOf(page: Page, apiName: string): Promise<GradioEventDetail[]> {
  return (await log(page)).flatMap((e) =>
    e.type === 'gradio-event' && e.detail.apiName === apiName ? [e.detail] : [],
  );
}

async function changesOf(page: Page): Promise<GradioChangeDetail[]> {
  return (await log(page)).flatMap((e) => (e.type === 'gradio-change' ? [e.detail] : []));
}

async function statusesOf(page: Page): Promise<string[]> {
  return (await log(page)).flatMap((e) => (e.type === 'gradio-status' ? [e.detail.status] : []));
}

/** What a call of the host API threw: `kind: message`, or null if it did not throw. */
const CAUGHT = `window.caught = async (f) => {
  try { await f(); return null; } catch (e) { return (e.kind ?? e.name) + ': ' + e.message; }
};`;

/** A token as the host's backend mints it (e2e/apps/hostapi_private.py checks it). */
function mintToken(seconds = 300): string {
  const expiry = String(Math.floor(Date.now() / 1000) + seconds);
  return `${expiry}.${createHmac('sha256', 'e2e-secret').update(expiry).digest('hex')}`;
}

test.describe('host API', () => {
  test('the host sets and reads values, runs events by api_name or button, and hears who changed what', async ({
    page,
    gradio,
    embed,
  }) => {
    const app = await gradio('hostapi');
    await embed(`<gradio-app src="${app.url}"></gradio-app>`, { head: RECORD });
    const root = page.locator('gradio-app');
    const name = root.getByLabel('name', { exact: true });
    await expect(name).toBeVisible();

    // The host fills the input from its own page and runs the event: it gets the outputs.
    const outputs = await page.evaluate(async () => {
      const el = document.querySelector('gradio-app')!;
      await el.setValue('name', 'Ada');
      return el.run('greet');
    });
    expect(outputs).toEqual(['Hello Ada!']);
    // The embed shows what the host set and what the server sent back.
    await expect(name).toHaveValue('Ada');
    await expect(root.getByLabel('greeting')).toHaveValue('Hello Ada!');
    // setValue is a user edit: the name's own input and change listeners received the value.
    await expect(root.getByLabel('on input')).toHaveValue("'Ada'");
    await expect(root.getByLabel('on change')).toHaveValue("'Ada'");
    expect(await page.evaluate(() => document.querySelector('gradio-app')!.getValue('greeting'))).toBe(
      'Hello Ada!',
    );

    // run's inputs, by order or by name; a button by its elem_id or its text.
    const results = await page.evaluate(async () => {
      const el = document.querySelector('gradio-app')!;
      return [
        await el.run('/greet', ['Grace', false]),
        await el.run('greet-btn', { name: 'Linus' }),
        await el.run('Greet', { excited: true }),
      ];
    });
    expect(results).toEqual([['Hello Grace.'], ['Hello Linus.'], ['Hello Linus!']]);
    await expect(name).toHaveValue('Linus');
    // run's inputs are that event's inputs, not an edit: the name's listeners did not run again.
    await expect(root.getByLabel('on input')).toHaveValue("'Ada'");

    // The user types and clicks; the host sets a value silently.
    await name.fill('Bo');
    await root.getByRole('button', { name: 'Greet' }).click();
    await expect(root.getByLabel('greeting')).toHaveValue('Hello Bo!');
    await page.evaluate(() => document.querySelector('gradio-app')!.setValue('name', 'Cy', { silent: true }));
    await expect(name).toHaveValue('Cy');
    await expect(root.getByLabel('on change')).toHaveValue("'Bo'");

    // gradio-change: every value of the name and the greeting, in order, and who set it.
    const changes = await changesOf(page);
    const seen = (elemId: string) =>
      changes.filter((c) => c.elemId === elemId).map((c) => `${c.source}:${String(c.value)}`);
    expect(seen('name')).toEqual(['host:Ada', 'host:Grace', 'host:Linus', 'user:Bo', 'host:Cy']);
    expect(seen('greeting')).toEqual([
      'server:Hello Ada!',
      'server:Hello Grace.',
      'server:Hello Linus.',
      'server:Hello Linus!',
      'server:Hello Bo!',
    ]);
    expect(changes.find((c) => c.elemId === 'name')).toMatchObject({ type: 'textbox', label: 'name' });

    // el.app: facts about the app; unknown or ambiguous names say what exists.
    const config = (await (await fetch(`${app.url}/config`)).json()) as { version: string };
    const facts = await page.evaluate(() => {
      const info = document.querySelector('gradio-app')!.app!;
      return {
        version: info.version,
        title: info.title,
        mode: info.mode,
        frozen: Object.isFrozen(info) && Object.isFrozen(info.components),
        apiNames: info.apiNames,
        name: info.components.find((c) => c.elemId === 'name'),
        button: info.components.find((c) => c.elemId === 'greet-btn'),
      };
    });
    expect(facts).toMatchObject({ version: config.version, title: 'Host API', mode: 'native', frozen: true });
    expect(facts.apiNames).toEqual(expect.arrayContaining(['greet', 'count', 'stream', 'fail', 'slow']));
    expect(facts.name).toMatchObject({ type: 'textbox', label: 'name', interactive: true });
    expect(facts.button).toMatchObject({ type: 'button', label: 'Greet' });
    await page.evaluate(CAUGHT);
    const errors = await page.evaluate(async () => {
      const el = document.querySelector('gradio-app')!;
      const caught = (window as unknown as { caught: (f: () => unknown) => Promise<string | null> }).caught;
      return [
        await caught(() => el.getValue('twin')),
        await caught(() => el.getValue('nope')),
        await caught(() => el.run('nope')),
      ];
    });
    expect(errors[0]).toMatch(/^ambiguous: 2 blocks have the label "twin"/);
    expect(errors[1]).toMatch(
      /^not-found: The app has no block with elem_id or label "nope"\. Known: "name"/,
    );
    expect(errors[2]).toMatch(/^not-found: The app has no api_name or block "nope"\. API names: "greet"/);
  });

  test('gradio-event reports each run in order with its payloads; failures reject with the server message; a signal cancels', async ({
    page,
    gradio,
    embed,
  }) => {
    const app = await gradio('hostapi');
    await embed(`<gradio-app src="${app.url}"></gradio-app>`, {
      head: RECORD + `<script>${CAUGHT}</script>`,
    });
    const root = page.locator('gradio-app');
    await expect(root.getByLabel('name', { exact: true })).toBeVisible();

    // A gr.Progress event: started, progress (with its bars), finished with the outputs.
    expect(await page.evaluate(() => document.querySelector('gradio-app')!.run('count', [3]))).toEqual([
      'counted 3',
    ]);
    const count = await runsOf(page, 'count');
    expect(count[0]).toMatchObject({ status: 'started', apiName: 'count', outputs: null, error: null });
    expect(count.slice(1, -1).map((r) => r.status)).toEqual(count.slice(1, -1).map(() => 'progress'));
    expect(count.at(-1)).toMatchObject({ status: 'finished', outputs: ['counted 3'], error: null });
    expect(new Set(count.map((r) => r.run)).size).toBe(1);
    const bars = count.flatMap((r) => r.progress?.bars ?? []);
    expect(bars.some((b) => b.desc === 'counting' && b.length === 3)).toBe(true);
    const endpoint = await page.evaluate(
      (dep) => document.querySelector('gradio-app')!.app!.endpoints.find((e) => e.dependency === dep),
      count[0]!.dependency,
    );
    expect(endpoint?.apiName).toBe('count');

    // A generator: each yielded value reaches the host while it streams.
    expect(await page.evaluate(() => document.querySelector('gradio-app')!.run('stream', [3]))).toEqual([
      '2',
    ]);
    const stream = await runsOf(page, 'stream');
    expect(stream.filter((r) => r.status === 'progress' && r.outputs).map((r) => r.outputs![0])).toEqual([
      '0',
      '1',
      '2',
    ]);
    expect(stream.at(-1)?.status).toBe('finished');

    // A failing event: the promise rejects with the server's message; the embed shows it too.
    const failure = await page.evaluate(() =>
      (window as unknown as { caught: (f: () => unknown) => Promise<string | null> }).caught(() =>
        document.querySelector('gradio-app')!.run('fail', ['boom']),
      ),
    );
    expect(failure).toBe('server: no good: boom');
    const fail = await runsOf(page, 'fail');
    expect([fail[0]!.status, fail.at(-1)!.status, fail.at(-1)!.error]).toEqual([
      'started',
      'failed',
      'no good: boom',
    ]);
    await expect(root.getByRole('alert').filter({ hasText: 'no good: boom' })).toBeVisible();

    // An AbortSignal cancels a run in flight: AbortError at once, `cancelled` for listeners.
    const aborted = await page.evaluate(async () => {
      const el = document.querySelector('gradio-app')!;
      const abort = new AbortController();
      const started = new Promise<void>((resolve) =>
        el.addEventListener('gradio-event', (e) => e.detail.apiName === 'slow' && resolve()),
      );
      const running = el.run('slow', undefined, { signal: abort.signal });
      await started;
      const t0 = performance.now();
      abort.abort();
      try {
        await running;
        return 'resolved';
      } catch (e) {
        return { name: (e as Error).name, ms: performance.now() - t0 };
      }
    });
    expect(aborted).toMatchObject({ name: 'AbortError' });
    expect((aborted as { ms: number }).ms).toBeLessThan(5000);
    await expect.poll(async () => (await runsOf(page, 'slow')).map((r) => r.status).at(-1)).toBe('cancelled');
    // cancel() by name stops a run started by the user's click the same way.
    await root.getByRole('button', { name: 'Slow' }).click();
    await expect
      .poll(async () => (await runsOf(page, 'slow')).at(-1)?.status)
      .toMatch(/^(started|progress)$/);
    await page.evaluate(() => document.querySelector('gradio-app')!.cancel('slow'));
    await expect.poll(async () => (await runsOf(page, 'slow')).at(-1)?.status).toBe('cancelled');
  });

  test('calls made before the app is ready wait for it (and load a lazy embed)', async ({
    page,
    gradio,
    embed,
  }) => {
    const app = await gradio('hostapi');
    // Far below the fold: the gate would keep it unloaded until scrolled to.
    await embed(`<div style="height: 3000px"></div><gradio-app src="${app.url}"></gradio-app>`);
    const outputs = await page.evaluate(() =>
      document.querySelector('gradio-app')!.run('greet', ['Early', true]),
    );
    expect(outputs).toEqual(['Hello Early!']);
  });

  test('in iframe mode run goes to the server on its own session; values are out of reach', async ({
    page,
    gradio,
    embed,
  }) => {
    const app = await gradio('hostapi');
    await embed(`<gradio-app src="${app.url}" mode="iframe"></gradio-app>`, { head: RECORD });
    await expect(page.locator('gradio-app').locator('iframe')).toBeVisible();
    const result = await page.evaluate(async () => {
      const el = document.querySelector('gradio-app')!;
      const before = el.app;
      const outputs = await el.run('greet', ['Frame', true]);
      let getValue: string | null = null;
      try {
        el.getValue('name');
      } catch (e) {
        getValue = (e as { kind?: string }).kind ?? null;
      }
      let missing: string | null = null;
      try {
        await el.run('greet');
      } catch (e) {
        missing = (e as Error).message;
      }
      return { before, outputs, getValue, missing, mode: el.app?.mode };
    });
    expect(result).toEqual({
      before: null,
      outputs: ['Hello Frame!'],
      getValue: 'unavailable',
      missing: 'In iframe mode the embed cannot read the values in the frame: pass the inputs to run().',
      mode: 'iframe',
    });
    const runs = await runsOf(page, 'greet');
    expect(runs[0]?.status).toBe('started');
    expect(runs.at(-1)).toMatchObject({ status: 'finished', outputs: ['Hello Frame!'] });
  });
});

test.describe('an app that needs a bearer token', () => {
  test('works with the token (never in the page, a URL or storage) and says what is wrong without it', async ({
    page,
    gradio,
    embed,
  }) => {
    const app = await gradio('hostapi');
    const url = `${app.url}/private`;
    const requests: { url: string; auth: string | undefined }[] = [];
    page.on('request', (r) => {
      if (r.url().startsWith(url)) requests.push({ url: r.url(), auth: r.headers().authorization });
    });
    await embed(`<gradio-app src="${url}"></gradio-app>`, { head: RECORD });
    const root = page.locator('gradio-app');
    // No token: the error names the fix.
    await expect(
      root.getByText(`${url} requires a token (401): set the element's token property.`),
    ).toBeVisible();

    // The host's backend minted a short-lived token; the page sets it: the app loads and runs.
    const token = mintToken();
    await page.evaluate((t) => (document.querySelector('gradio-app')!.token = t), token);
    const name = root.getByLabel('name', { exact: true });
    await name.fill('Ada');
    await root.getByRole('button', { name: 'Greet' }).click();
    // The server received the event's requests with the token.
    await expect(root.getByLabel('greeting')).toHaveValue('Private hello Ada! (token: yes)');
    expect(await page.evaluate(() => document.querySelector('gradio-app')!.run('greet', ['Bo']))).toEqual([
      'Private hello Bo! (token: yes)',
    ]);
    expect(await statusesOf(page)).toEqual(['loading', 'error', 'loading', 'ready']);
    // Every request to the app after the token was set carried it, in its Authorization header only.
    const withToken = requests.slice(requests.findIndex((r) => r.auth));
    expect(withToken.length).toBeGreaterThan(3);
    for (const r of withToken) {
      // EventSource-like streams and plain GETs alike; a CORS preflight carries no credentials.
      if (r.auth !== undefined) expect(r.auth).toBe(`Bearer ${token}`);
      expect(r.url).not.toContain(token);
    }
    const leaks = await page.evaluate(
      (t) => ({
        attribute: document.querySelector('gradio-app')!.hasAttribute('token'),
        html: document.documentElement.outerHTML.includes(t),
        storage: JSON.stringify({ ...localStorage, ...sessionStorage }).includes(t),
        location: location.href.includes(t),
      }),
      token,
    );
    expect(leaks).toEqual({ attribute: false, html: false, storage: false, location: false });

    // An expired token: a clear refusal, not a broken app.
    await embed(`<gradio-app src="${url}"></gradio-app>`);
    await page.evaluate((t) => (document.querySelector('gradio-app')!.token = t), mintToken(-10));
    await expect(
      root.getByText(
        `${url} refused the token (401): it may have expired, or it does not give access to this app.`,
      ),
    ).toBeVisible();
  });
});

test.describe('an app launched with auth=', () => {
  test('shows its sign-in form in the embed; a wrong password shows the server message; then it runs', async ({
    page,
    gradio,
    embed,
  }) => {
    const app = await gradio('hostapi');
    // The host page and the app on one site (localhost, other ports), as an app on a subdomain
    // of the host's site: the browser keeps the app's sign-in cookie for the embed.
    const url = `${app.url.replace('127.0.0.1', 'localhost')}/members`;
    await embed(`<gradio-app src="${url}"></gradio-app>`, { head: RECORD });
    const root = page.locator('gradio-app');
    const form = root.getByRole('form', { name: 'Login' });
    await expect(form).toBeVisible();
    // The app's auth_message, its markup kept (sanitized).
    await expect(form.locator('b', { hasText: 'demo' })).toBeVisible();
    expect(await statusesOf(page)).toContain('login');
    await form.getByLabel('username').fill('ada');
    await form.getByLabel('password').fill('wrong');
    await form.getByRole('button', { name: 'Login' }).click();
    // The server's own message for wrong credentials.
    await expect(form.getByRole('alert')).toHaveText('Incorrect credentials.');
    // As Gradio's form: the fields are emptied for another try.
    await expect(form.getByLabel('username')).toHaveValue('');

    await form.getByLabel('username').fill('ada');
    await form.getByLabel('password').fill('lovelace');
    await form.getByLabel('password').press('Enter');
    const text = root.getByLabel('text', { exact: true });
    await text.fill('hi');
    await root.getByRole('button', { name: 'Send' }).click();
    // The server knows who signed in: the event ran with the app's cookie.
    await expect(root.getByLabel('out')).toHaveValue("ada sent 'hi'");
    expect((await statusesOf(page)).at(-1)).toBe('ready');
    // The host API works behind the login too.
    expect(await page.evaluate(() => document.querySelector('gradio-app')!.run('whoami', ['api']))).toEqual([
      "ada sent 'api'",
    ]);

    // Signed in already: another embed of the app goes straight to it.
    await embed(`<gradio-app src="${url}"></gradio-app>`, { head: RECORD });
    await expect(page.locator('gradio-app').getByLabel('text', { exact: true })).toBeVisible();
    expect(await statusesOf(page)).not.toContain('login');
  });

  test('where the browser will not keep the cookie, it says so and offers the app’s own page', async ({
    page,
    gradio,
    embed,
  }) => {
    const app = await gradio('hostapi');
    // Another site over plain http: the app's SameSite=None cookie needs https, its Lax twin a
    // same-site page, so the browser keeps neither for this embed.
    const url = `${app.url}/members`;
    await embed(`<gradio-app src="${url}"></gradio-app>`);
    const root = page.locator('gradio-app');
    const form = root.getByRole('form', { name: 'Login' });
    await form.getByLabel('username').fill('ada');
    await form.getByLabel('password').fill('lovelace');
    await form.getByRole('button', { name: 'Login' }).click();
    await expect(form.getByRole('alert')).toContainText(
      'You are signed in, but this browser does not let the embedded app keep its sign-in cookie',
    );
    await expect(form.getByRole('link', { name: 'Open the app in a new tab' })).toHaveAttribute(
      'href',
      `${url}/`,
    );
    await form.getByRole('button', { name: "Show the app's own page here" }).click();
    await expect(root.locator('iframe')).toHaveAttribute('src', `${url}/`);
    // The app's own page: its own login form, in the frame.
    await expect(page.frameLocator('gradio-app iframe').getByRole('button', { name: 'Login' })).toBeVisible();
  });
});
