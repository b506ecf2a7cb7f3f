// Where Debian's Chromium lives, and the flags it needs here (no sandbox as root, no network
// chatter on a closed network). Shared by vitest, Playwright and the bench.
import { existsSync } from 'node:fs';

export function chromiumPath() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((p) => p && existsSync(p)) ?? '/usr/bin/chromium';
}

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Microphone and camera tests: a fake device (a beeping tone, a test pattern) and permission
  // granted without a prompt. A test that needs a denied or missing device stubs getUserMedia.
  '--use-fake-device-for-media-stream',
  '--use-fake-ui-for-media-stream',
];
