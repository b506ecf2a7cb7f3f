import { test, expect } from './fixtures/test.js';
import type { GradioVersion } from './fixtures/gradio-server.js';

/** Each queue protocol @gradio/client 2.x speaks, served by a real Gradio that uses it. */
const SERVERS: { version: GradioVersion; protocol: string }[] = [
  { version: '4.16', protocol: 'sse_v1' },
  { version: '4.20', protocol: 'sse_v2' },
  { version: 4, protocol: 'sse_v3' },
  { version: 6, protocol: 'sse_v3' },
];

test.describe('queue protocols', () => {
  for (const { version, protocol } of SERVERS) {
    test(`${protocol} (Gradio ${version}): events, one after another, stream and keep state`, async ({
      page,
      gradio,
      embed,
    }) => {
      const app = await gradio('protocols', { version });
      const config = (await (await fetch(`${app.url}/config`)).json()) as { protocol: string };
      expect(config.protocol).toBe(protocol);
      await embed(`<gradio-app src="${app.url}"></gradio-app>`);
      const root = page.locator('gradio-app');
      const box = (label: string) => root.getByLabel(label, { exact: true });

      // Later events too: servers before sse_v3 end the event stream after each one.
      for (const name of ['Ada', 'Grace']) {
        await box('text').fill(name);
        await root.getByRole('button', { name: 'Greet' }).click();
        await expect(box('out')).toHaveValue(`hi ${name}`);
      }
      // A generator's values arrive one by one (sse_v2 and later send them as diffs).
      await page.evaluate(() => {
        const seen: string[] = [];
        (window as unknown as { seen: string[] }).seen = seen;
        const app = document.querySelector('gradio-app')!.shadowRoot!;
        const watch = () => {
          const box = [...app.querySelectorAll('gr-textbox')].find((el) => el.textContent?.includes('out'));
          const value = box?.querySelector('textarea')?.value;
          if (value && seen.at(-1) !== value) seen.push(value);
          requestAnimationFrame(watch);
        };
        watch();
      });
      await root.getByRole('button', { name: 'Count' }).click();
      await expect(box('out')).toHaveValue('Grace 4');
      const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
      expect(seen.filter((v) => /^Grace [1-3]$/.test(v)).length).toBeGreaterThan(0);

      await root.getByRole('button', { name: 'Visit' }).click();
      await expect(box('visits')).toHaveValue('visits: 1');
      await expect(root.locator('.gr-toast[data-level="info"]')).toContainText('visit 1');
      await root.getByRole('button', { name: 'Visit' }).click();
      await expect(box('visits')).toHaveValue('visits: 2');

      await root.getByRole('button', { name: 'Fail' }).click();
      await expect(root.getByRole('alert').filter({ hasText: 'It failed on purpose' })).toBeVisible();
      await root.getByRole('button', { name: 'Greet' }).click();
      await expect(box('out')).toHaveValue('hi Grace');
    });
  }
});

/** `every=` on an event: 4.20 repeats the function on the server, 4.44 runs a hidden gr.Timer. */
test.describe('4.x every=', () => {
  for (const version of ['4.20', 4] as const) {
    test(`a load event with every=0.5 repeats until a cancel stops it (Gradio ${version})`, async ({
      page,
      gradio,
      embed,
    }) => {
      const app = await gradio('every', { version });
      await embed(`<gradio-app src="${app.url}"></gradio-app>`);
      const root = page.locator('gradio-app');
      const ticks = async () => Number(await root.getByLabel('ticks', { exact: true }).inputValue());
      const start = await ticks();
      await expect.poll(ticks).toBeGreaterThanOrEqual(start + 3);

      await root.getByRole('button', { name: 'Stop' }).click();
      await page.waitForTimeout(1000);
      const stopped = await ticks();
      await page.waitForTimeout(2000);
      expect(await ticks()).toBe(stopped);
    });
  }
});
