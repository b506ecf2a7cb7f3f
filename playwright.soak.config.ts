import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './scripts/chromium.js';

// The long lifetime runs (`npm run soak`, issue 13): 1,000 mount/unmount cycles, 1,000 `src`
// changes, twenty embeds at once, a 10-minute stream. Files are `e2e/soak/*.soak.ts`, which the
// normal e2e run (`**/*.spec.ts`) does not pick up; e2e/lifetime.spec.ts holds the fast subsets.
const outputDir = process.env.PW_OUTPUT_DIR ?? 'test-results-soak';

export default defineConfig({
  testDir: 'e2e/soak',
  testMatch: '**/*.soak.ts',
  outputDir,
  timeout: 30 * 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    launchOptions: { executablePath: chromiumPath(), args: chromiumArgs },
    viewport: { width: 1200, height: 900 },
    trace: 'off',
  },
});
