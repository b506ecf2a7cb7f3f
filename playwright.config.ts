import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './scripts/chromium.js';
import type { GradioMajor } from './e2e/fixtures/gradio-server.js';

/** Runs the specs tagged `@all-versions` (e2e/fixtures/test.ts `allVersions`) on an older Gradio. */
const olderGradio = (major: GradioMajor) => ({
  name: `gradio${major}`,
  grep: /@all-versions/,
  use: { gradioVersion: major },
});

// Separate folders let several runs share a checkout (each run empties its own).
const outputDir = process.env.PW_OUTPUT_DIR ?? 'test-results';

export default defineConfig<object, { gradioVersion: GradioMajor }>({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  outputDir,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: process.env.CI ? 2 : 2,
  retries: process.env.CI ? 1 : 0,
  // The JSON results feed the README's compatibility table (scripts/compat-table.mjs).
  reporter: [['list'], ['json', { outputFile: `${outputDir}/results.json` }]],
  use: {
    browserName: 'chromium',
    launchOptions: { executablePath: chromiumPath(), args: chromiumArgs },
    viewport: { width: 1200, height: 900 },
    // A failed test keeps its trace (actions, DOM snapshots, network) but no screenshots: the
    // screencast behind them made Chromium composite and read back every frame of every test,
    // a third of the suite's time on a 2-core machine.
    trace: { mode: 'retain-on-failure', screenshots: false },
  },
  // Every spec runs against the pinned newest Gradio; the ones tagged for it also against the
  // newest 5.x and 4.x, each from its own venv (scripts/setup.mjs).
  projects: [{ name: 'gradio6', use: { gradioVersion: 6 } }, olderGradio(5), olderGradio(4)],
});
