#!/usr/bin/env node
// Installs what the demo, the tests and the bench need, once: npm packages, a project-local
// Python venv with the pinned gradio, and Debian's Chromium. Each step is skipped when done.
import { execSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const run = (cmd, opts = {}) => execSync(cmd, { stdio: 'inherit', cwd: root, ...opts });
const has = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
const say = (msg) => console.log(`[setup] ${msg}`);

// 1. npm packages (npm start / npm test may run before `npm ci` on a fresh clone).
if (!existsSync(path.join(root, 'node_modules/.package-lock.json'))) {
  say('installing npm packages');
  run('npm ci --no-audit --no-fund');
}

// 2. Python venv with the pinned gradio; reinstalled when requirements change.
const requirements = path.join(root, 'e2e/requirements.txt');
const venv = path.join(root, '.venv');
const stamp = path.join(venv, '.requirements');
const wanted = readFileSync(requirements, 'utf8');
if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== wanted) {
  const python = ['python3.11', 'python3'].find(has);
  if (!python)
    throw new Error('Python 3 is needed for the Gradio server (apt-get install python3 python3-venv).');
  if (!existsSync(path.join(venv, 'bin/python'))) {
    say(`creating .venv with ${python}`);
    run(`${python} -m venv .venv`);
  }
  say('installing gradio into .venv (pinned in e2e/requirements.txt)');
  run('.venv/bin/python -m pip install --quiet --disable-pip-version-check -r e2e/requirements.txt');
  writeFileSync(stamp, wanted);
}

// 3. Chromium from Debian (browser downloads do not work here).
const chromium = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
  (p) => p && existsSync(p),
);
if (!chromium) {
  if (process.getuid?.() !== 0 && !has('sudo')) {
    throw new Error('Chromium is missing: install Debian\'s "chromium" package (apt-get install chromium).');
  }
  const sudo = process.getuid?.() === 0 ? '' : 'sudo ';
  say("installing Debian's chromium");
  run(
    `${sudo}apt-get update -qq && ${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium`,
  );
}
// 4. ffmpeg from Debian: the Gradio server needs it for media (streamed audio and video outputs,
// format conversion), as on Hugging Face Spaces; the media e2e apps make their clips with it.
if (!has('ffmpeg') || !has('ffprobe')) {
  if (process.getuid?.() !== 0 && !has('sudo')) {
    throw new Error('ffmpeg is missing: install Debian\'s "ffmpeg" package (apt-get install ffmpeg).');
  }
  const sudo = process.getuid?.() === 0 ? '' : 'sudo ';
  say("installing Debian's ffmpeg");
  run(`${sudo}apt-get update -qq && ${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ffmpeg`);
}
say('ready');
