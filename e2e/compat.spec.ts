import { test, expect } from './fixtures/test.js';
import type { GradioVersion } from './fixtures/gradio-server.js';

interface Config {
  version: string;
  components: { type: string }[];
}

/**
 * Renders every block type each Gradio version has (e2e/apps/catalogue.py) with mode="native"
 * and records, per type, whether we draw it natively or would fall back to an iframe. The
 * records (an attachment named "compat") feed the README's compatibility table:
 * scripts/compat-table.mjs. One run covers all three versions, so `npm test` keeps the table
 * true without the full 5.x and 4.x runs of `npm run test:compat`.
 */
const VERSIONS: GradioVersion[] = [6, 5, 4, '4.20', '4.16'];

test.describe('compatibility catalogue', () => {
  for (const version of VERSIONS) {
    test(`every type we draw renders on Gradio ${version} without errors`, async ({
      page,
      gradio,
      embed,
    }) => {
      const app = await gradio('catalogue', { version });
      const config = (await (await fetch(`${app.url}/config`)).json()) as Config;
      const types = [...new Set(config.components.map((c) => c.type))].sort();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      // Failed loads are checked by URL below (the console does not name them).
      page.on('console', (m) => {
        if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) errors.push(m.text());
      });
      page.on('response', (r) => {
        if (r.status() >= 400 && !r.url().endsWith('/favicon.ico')) errors.push(`${r.status()} ${r.url()}`);
      });

      await embed(`<gradio-app eager mode="native" src="${app.url}"></gradio-app>`, {
        head: `<script>document.addEventListener('render', () => (window.rendered = true));</script>`,
      });
      await page.waitForFunction(() => (window as unknown as { rendered?: boolean }).rendered === true);
      const root = page.locator('gradio-app');
      await expect(root.locator('.gr-root')).toBeVisible();

      const support: Record<string, 'native' | 'iframe'> = {};
      for (const type of types) {
        const native = await page.evaluate((t) => customElements.get(`gr-${t}`) !== undefined, type);
        if (native) {
          await expect(root.locator(`gr-${type}`).first(), `gr-${type}`).toBeAttached();
        } else {
          await expect(
            root.locator('.gr-unsupported', { hasText: new RegExp(`\\b${type}\\b`) }).first(),
            `placeholder for ${type}`,
          ).toBeAttached();
        }
        support[type] = native ? 'native' : 'iframe';
      }
      expect(errors).toEqual([]);
      expect(Object.values(support)).toContain('native');
      await test.info().attach('compat', {
        body: JSON.stringify({ version: config.version, support }),
        contentType: 'application/json',
      });
    });
  }
});
