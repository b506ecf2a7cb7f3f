import { test, expect, allVersions, sinceGradio } from './fixtures/test.js';
import type { Locator, Page } from '@playwright/test';

async function open(
  page: Page,
  gradio: (app: string) => Promise<{ url: string }>,
  embed: (b: string) => Promise<void>,
) {
  const app = await gradio('events');
  await embed(`<gradio-app src="${app.url}"></gradio-app>`);
  const root = page.locator('gradio-app');
  await expect(root.getByRole('button', { name: 'Run chain' })).toBeVisible();
  return root;
}

const box = (root: Locator, label: string) => root.getByLabel(label, { exact: true });

test.describe('event engine against the real server', allVersions, () => {
  test('a chain takes the success branch; a failed event shows its error and keeps its output', async ({
    page,
    gradio,
    embed,
  }) => {
    const root = await open(page, gradio, embed);
    await box(root, 'Chain input').fill('fine');
    await root.getByRole('button', { name: 'Run chain' }).click();
    await expect(box(root, 'Chain output')).toHaveValue('ok: fine');
    await expect(box(root, 'After')).toHaveValue('success branch');

    await box(root, 'Chain input').fill('fail');
    await root.getByRole('button', { name: 'Run chain' }).click();
    await expect(root.getByRole('alert').filter({ hasText: 'You asked it to fail' })).toBeVisible();
    await expect(box(root, 'Chain output')).toHaveValue('ok: fine');
    await expect(root.locator('gr-textbox[error]')).toHaveCount(1);
    await expect(box(root, 'Chain input')).toHaveValue('fail');
  });

  test('a generator streams each yielded value as it arrives', async ({ page, gradio, embed }) => {
    const root = await open(page, gradio, embed);
    await box(root, 'Stream input').fill('alpha beta gamma delta');
    // Every value the engine applies is reported on the element (`gradio-change`), so a busy
    // machine that paints two values in one frame cannot hide one from the test.
    const seen = page.evaluate(
      () =>
        new Promise<string[]>((resolve) => {
          const values: string[] = [];
          document.querySelector('gradio-app')!.addEventListener('gradio-change', (event) => {
            const { label, value, source } = (event as CustomEvent).detail;
            if (label !== 'Streamed' || source !== 'server') return;
            values.push(value);
            if (value === 'alpha beta gamma delta') resolve(values);
          });
        }),
    );
    await root.getByRole('button', { name: 'Stream', exact: true }).click();
    const values = await seen;
    expect(values).toEqual(['alpha', 'alpha beta', 'alpha beta gamma', 'alpha beta gamma delta']);
    await expect(box(root, 'Streamed')).toHaveValue('alpha beta gamma delta');
  });

  test('a cancel button stops a running generator', async ({ page, gradio, embed }) => {
    const root = await open(page, gradio, embed);
    await root.getByRole('button', { name: 'Start counting' }).click();
    await expect(box(root, 'Count')).toHaveValue(/^[2-9]$/);
    await root.getByRole('button', { name: 'Stop counting' }).click();
    const stoppedAt = Number(await box(root, 'Count').inputValue());
    await page.waitForTimeout(1200);
    const later = Number(await box(root, 'Count').inputValue());
    expect(later - stoppedAt).toBeLessThanOrEqual(1);
    await expect(root.locator('gr-textbox[pending]')).toHaveCount(0);
  });

  test('always_last under rapid typing ends with the last value', async ({ page, gradio, embed }) => {
    const root = await open(page, gradio, embed);
    await box(root, 'Type here').pressSequentially('rapid typing test', { delay: 5 });
    await expect(box(root, 'Upper')).toHaveValue('RAPID TYPING TEST');
  });

  test('gr.Progress shows a progress bar with its description', async ({ page, gradio, embed }) => {
    const root = await open(page, gradio, embed);
    await root.getByRole('button', { name: 'Run progress' }).click();
    const bar = root.getByRole('progressbar');
    await expect(bar).toBeVisible();
    await expect(root.locator('.gr-progress-desc')).toHaveText('Crunching');
    await expect(box(root, 'Progress result')).toHaveValue('progress done');
    await expect(bar).toHaveCount(0);
  });

  test('gr.Info and gr.Warning show as toasts inside the embed', async ({ page, gradio, embed }) => {
    const root = await open(page, gradio, embed);
    await root.getByRole('button', { name: 'Toast' }).click();
    await expect(root.locator('.gr-toast[data-level="info"]')).toContainText('An info toast');
    await expect(root.locator('.gr-toast[data-level="warning"]')).toContainText('A warning toast');
    await expect(box(root, 'Toast result')).toHaveValue('toasted');
    // Readable by screen readers: the stack is a live region.
    await expect(root.locator('.gr-toasts')).toHaveAttribute('aria-live', 'polite');
    await root.locator('.gr-toast[data-level="info"] .gr-toast-close').click();
    await expect(root.locator('.gr-toast[data-level="info"]')).toHaveCount(0);
  });

  test('gr.State keeps per-session state across events', async ({ page, gradio, embed }) => {
    const root = await open(page, gradio, embed);
    const button = root.getByRole('button', { name: 'Count with state' });
    await button.click();
    await expect(box(root, 'State result')).toHaveValue('clicked 1 times');
    await button.click();
    await expect(box(root, 'State result')).toHaveValue('clicked 2 times');
  });

  test('visibility updates hide and show a block', async ({ page, gradio, embed }) => {
    const root = await open(page, gradio, embed);
    await expect(box(root, 'Toggled box')).toBeVisible();
    await root.getByRole('button', { name: 'Toggle box' }).click();
    await expect(box(root, 'Toggled box')).toBeHidden();
    await root.getByRole('button', { name: 'Toggle box' }).click();
    await expect(box(root, 'Toggled box')).toBeVisible();
    await expect(box(root, 'Toggled box')).toHaveValue('now you see me');
  });

  test('interactivity and label updates lock and unlock an input, keeping its text', async ({
    page,
    gradio,
    embed,
  }) => {
    const root = await open(page, gradio, embed);
    await box(root, 'Lockable').fill('my text');
    await root.getByRole('button', { name: 'Lock', exact: true }).click();
    await expect(box(root, 'Locked')).toBeDisabled();
    await expect(box(root, 'Locked')).toHaveValue('my text');
    await root.getByRole('button', { name: 'Unlock' }).click();
    await expect(box(root, 'Lockable')).toBeEditable();
    await expect(box(root, 'Lockable')).toHaveValue('my text');
  });

  test('a js-only event runs in the page without calling the server', async ({ page, gradio, embed }) => {
    // The app's load event (its derived value) joins the queue once by itself: let it go first.
    const loadJoined = page.waitForResponse((r) => r.url().includes('/queue/join'));
    const root = await open(page, gradio, embed);
    await loadJoined;
    const joins: string[] = [];
    page.on('request', (r) => r.url().includes('/queue/join') && joins.push(r.url()));
    await box(root, 'JS input').fill('embed');
    await root.getByRole('button', { name: 'Reverse in JS' }).click();
    await expect(box(root, 'JS output')).toHaveValue('debme');
    expect(joins).toEqual([]);
  });

  test('a derived value is computed on load and follows its inputs', async ({ page, gradio, embed }) => {
    // The derived value runs on load (the app's only load event); its trigger_mode is "once",
    // so typing during that run would be dropped: wait for the run to end first.
    const loadJoined = page.waitForResponse((r) => r.url().includes('/queue/join'));
    const root = await open(page, gradio, embed);
    await loadJoined;
    await expect(root.locator('gr-textbox[pending]')).toHaveCount(0);
    await box(root, 'First name').fill('Ada');
    await expect(box(root, 'Full name')).toHaveValue('Ada');
    await box(root, 'Last name').fill('Lovelace');
    await expect(box(root, 'Full name')).toHaveValue('Ada Lovelace');
  });
});

test.describe('event engine: Gradio 5 additions', allVersions, () => {
  sinceGradio(5, '.failure() listeners arrived in Gradio 5.42, gr.Error titles and gr.Success in 5.x');

  test('a chain takes the success branch, or the failure branch with an error toast', async ({
    page,
    gradio,
    embed,
  }) => {
    const root = await open(page, gradio, embed);
    await box(root, 'Chain input').fill('fine');
    await root.getByRole('button', { name: 'Run chain' }).click();
    await expect(box(root, 'Chain output')).toHaveValue('ok: fine');
    await expect(box(root, 'After')).toHaveValue('success branch');

    await box(root, 'Chain input').fill('fail');
    await root.getByRole('button', { name: 'Run chain' }).click();
    await expect(box(root, 'After')).toHaveValue('failure branch');
    const toast = root.getByRole('alert').filter({ hasText: 'You asked it to fail' });
    await expect(toast).toBeVisible();
    await expect(toast).toContainText('Custom failure');
    // The output that failed keeps its old value, marked with an error, and the input survives.
    await expect(box(root, 'Chain output')).toHaveValue('ok: fine');
    await expect(root.locator('gr-textbox[error]')).toHaveCount(1);
    await expect(box(root, 'Chain input')).toHaveValue('fail');
  });

  test('a gr.Success toast keeps its markup, sanitized', async ({ page, gradio, embed }) => {
    const root = await open(page, gradio, embed);
    await root.getByRole('button', { name: 'Toast' }).click();
    // Markup in a message is kept, sanitized: bold stays, the handler does not.
    const success = root.locator('.gr-toast[data-level="success"]');
    await expect(success.locator('b')).toHaveText('Saved');
    await expect(success.locator('img')).not.toHaveAttribute('onerror');
    expect(await page.evaluate(() => (globalThis as { __toastXss?: number }).__toastXss)).toBeUndefined();
  });
});

test.describe('autoscroll', allVersions, () => {
  for (const autoscroll of [true, false]) {
    test(`scroll_to_output ${autoscroll ? 'scrolls the output into view with' : 'leaves the page alone without'} autoscroll`, async ({
      page,
      gradio,
      embed,
    }) => {
      const app = await gradio('events');
      await embed(`<gradio-app src="${app.url}"${autoscroll ? ' autoscroll="true"' : ''}></gradio-app>`);
      const root = page.locator('gradio-app');
      await root.getByRole('button', { name: 'Answer at the bottom' }).click();
      const bottom = root.getByLabel('Bottom output', { exact: true });
      await expect(bottom).toHaveValue('down here');
      if (autoscroll) {
        await expect(bottom).toBeInViewport();
      } else {
        await expect(bottom).not.toBeInViewport();
        expect(await page.evaluate(() => window.scrollY)).toBe(0);
      }
    });
  }
});
