import type { Page } from '@playwright/test';
import { test, expect, allVersions } from './fixtures/test.js';
import type { GradioChangeDetail, GradioEventDetail } from '../src/index.js';

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

async function open(page: Page, url: string, embed: (body: string, o?: { head?: string }) => Promise<void>) {
  await embed(`<gradio-app src="${url}"></gradio-app>`, { head: RECORD });
  const root = page.locator('gradio-app');
  await expect(root.getByLabel('name', { exact: true })).toBeVisible();
  return root;
}

test.describe('host API', allVersions, () => {
  test('the host fills an input, runs an event by api_name and gets the outputs', async ({
    page,
    gradio,
    embed,
  }) => {
    const app = await gradio('hostapi');
    const root = await open(page, app.url, embed);
    const outputs = await page.evaluate(async () => {
      const el = document.querySelector('gradio-app')!;
      await el.setValue('name', 'Ada');
      return el.run('greet');
    });
    expect(outputs).toEqual(['Hello Ada!']);
    // The embed shows what the host set and what the server sent back.
    await expect(root.getByLabel('name', { exact: true })).toHaveValue('Ada');
    await expect(root.getByLabel('greeting')).toHaveValue('Hello Ada!');
    // setValue is a user edit: the name's input and change listeners ran with the new value.
    await expect(root.getByLabel('on input')).toHaveValue("'Ada'");
    await expect(root.getByLabel('on change')).toHaveValue("'Ada'");
    expect(await page.evaluate(() => document.querySelector('gradio-app')!.getValue('greeting'))).toBe(
      'Hello Ada!',
    );
  });

  test('run takes inputs (by order or by name) and a button by its elem_id or text', async ({
    page,
    gradio,
    embed,
  }) => {
    const app = await gradio('hostapi');
    const root = await open(page, app.url, embed);
    const results = await page.evaluate(async () => {
      const el = document.querySelector('gradio-app')!;
      return [
        await el.run('/greet', ['Grace', false]),
        await el.run('greet-btn', { name: 'Linus' }),
        await el.run('Greet', { excited: true }),
      ];
    });
    expect(results).toEqual([['Hello Grace.'], ['Hello Linus.'], ['Hello Linus!']]);
    await expect(root.getByLabel('name', { exact: true })).toHaveValue('Linus');
    // run's inputs are the event's inputs, not an edit: the name's own listeners did not run.
    await expect(root.getByLabel('on input')).toHaveValue('');
    const changes = (await log(page)).flatMap((e) => (e.type === 'gradio-change' ? [e.detail] : []));
    expect(changes.filter((c) => c.elemId === 'name').map((c) => [c.value, c.source])).toEqual([
      ['Grace', 'host'],
      ['Linus', 'host'],
    ]);
  });

  test('gradio-event reports each run in order: started, progress, finished with its outputs', async ({
    page,
    gradio,
    embed,
  }) => {
    const app = await gradio('hostapi');
    await open(page, app.url, embed);
    const outputs = await page.evaluate(() => document.querySelector('gradio-app')!.run('count', [3]));
    expect(outputs).toEqual(['counted 3']);
    const runs = await runsOf(page, 'count');
    expect(runs[0]).toMatchObject({ status: 'started', apiName: 'count', outputs: null, error: null });
    expect(runs.at(-1)).toMatchObject({ status: 'finished', outputs: ['counted 3'], error: null });
    expect(new Set(runs.map((r) => r.run)).size).toBe(1);
    const progress = runs.filter((r) => r.status === 'progress');
    expect(runs.slice(1, -1).every((r) => r.status === 'progress')).toBe(true);
    // gr.Progress reached the host: its description and its steps.
    const bars = progress.flatMap((r) => r.progress?.bars ?? []);
    expect(bars.some((b) => b.desc === 'counting' && b.length === 3)).toBe(true);
    const dependency = runs[0]!.dependency;
    const endpoint = await page.evaluate(
      (dep) => document.querySelector('gradio-app')!.app!.endpoints.find((e) => e.dependency === dep),
      dependency,
    );
    expect(endpoint?.apiName).toBe('count');
  });

  test('a generator reports each yielded output while it streams', async ({ page, gradio, embed }) => {
    const app = await gradio('hostapi');
    await open(page, app.url, embed);
    const outputs = await page.evaluate(() => document.querySelector('gradio-app')!.run('stream', [3]));
    expect(outputs).toEqual(['2']);
    const runs = await runsOf(page, 'stream');
    const streamed = runs.filter((r) => r.status === 'progress' && r.outputs).map((r) => r.outputs![0]);
    expect(streamed).toEqual(['0', '1', '2']);
    expect(runs.at(-1)?.status).toBe('finished');
  });

  test("a failing event rejects with the server's error and reports failed", async ({
    page,
    gradio,
    embed,
  }) => {
    const app = await gradio('hostapi');
    const root = await open(page, app.url, embed);
    const error = await page.evaluate(async () => {
      try {
        await document.querySelector('gradio-app')!.run('fail', ['boom']);
        return null;
      } catch (e) {
        return {
          name: (e as Error).name,
          message: (e as Error).message,
          kind: (e as { kind?: string }).kind,
        };
      }
    });
    expect(error).toEqual({ name: 'GradioApiError', message: 'no good: boom', kind: 'server' });
    const runs = await runsOf(page, 'fail');
    expect(runs.map((r) => r.status)).toEqual([
      'started',
      ...runs.slice(1, -1).map(() => 'progress'),
      'failed',
    ]);
    expect(runs.at(-1)?.error).toBe('no good: boom');
    // The embed shows the app's own error toast too, as for a click.
    await expect(root.getByRole('alert').filter({ hasText: 'no good: boom' })).toBeVisible();
  });

  test('an AbortSignal cancels a run: the promise rejects with AbortError, the event says cancelled', async ({
    page,
    gradio,
    embed,
  }) => {
    const app = await gradio('hostapi');
    await open(page, app.url, embed);
    const result = await page.evaluate(async () => {
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
    expect(result).toMatchObject({ name: 'AbortError' });
    expect((result as { ms: number }).ms).toBeLessThan(5000);
    await expect.poll(async () => (await runsOf(page, 'slow')).at(-1)?.status).toBe('cancelled');
  });

  test('gradio-change says who changed a value: the user, the server or the host', async ({
    page,
    gradio,
    embed,
  }) => {
    const app = await gradio('hostapi');
    const root = await open(page, app.url, embed);
    await root.getByLabel('name', { exact: true }).fill('Bo');
    await root.getByRole('button', { name: 'Greet' }).click();
    await expect(root.getByLabel('greeting')).toHaveValue('Hello Bo!');
    await page.evaluate(() => document.querySelector('gradio-app')!.setValue('name', 'Cy', { silent: true }));
    const changes = (await log(page)).flatMap((e) => (e.type === 'gradio-change' ? [e.detail] : []));
    expect(changes.find((c) => c.elemId === 'name' && c.value === 'Bo')).toMatchObject({
      source: 'user',
      type: 'textbox',
      label: 'name',
    });
    expect(changes.find((c) => c.elemId === 'greeting' && c.value === 'Hello Bo!')?.source).toBe('server');
    expect(changes.find((c) => c.elemId === 'name' && c.value === 'Cy')?.source).toBe('host');
    // silent: the name's listeners did not hear the host's value.
    await expect(root.getByLabel('name', { exact: true })).toHaveValue('Cy');
    await expect(root.getByLabel('on change')).toHaveValue("'Bo'");
  });

  test('el.app lists the version, title, API names and blocks; bad names say what exists', async ({
    page,
    gradio,
    embed,
  }) => {
    const app = await gradio('hostapi');
    await open(page, app.url, embed);
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
    const errors = await page.evaluate(async () => {
      const el = document.querySelector('gradio-app')!;
      const caught = async (f: () => unknown) => {
        try {
          await f();
          return null;
        } catch (e) {
          return `${(e as { kind?: string }).kind}: ${(e as Error).message}`;
        }
      };
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
});

test.describe('host API in iframe mode', () => {
  test('run goes to the server on its own session; values are out of reach', async ({
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
