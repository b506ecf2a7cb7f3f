#!/usr/bin/env node
// Installs what the demo, the tests and the bench need, once: npm packages, project-local
// Python venvs with the pinned gradio versions, and Debian's Chromium. Each step is skipped when done.
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

// 2. Python venvs, one per Gradio version the e2e tests run against; each is reinstalled when
// its requirements file changes. The newest (6.x) is the default; 5.x and 4.x prove the embed
// still renders apps served by older versions (4.20 and 4.16 for the older sse_v2 and sse_v1
// protocols); 3.x proves that it falls back to an iframe.
const VENVS = [
  { dir: '.venv', requirements: 'e2e/requirements.txt' },
  { dir: '.venv-gradio5', requirements: 'e2e/requirements-gradio5.txt' },
  { dir: '.venv-gradio4', requirements: 'e2e/requirements-gradio4.txt' },
  { dir: '.venv-gradio4.20', requirements: 'e2e/requirements-gradio4.20.txt' },
  { dir: '.venv-gradio4.16', requirements: 'e2e/requirements-gradio4.16.txt' },
  { dir: '.venv-gradio3', requirements: 'e2e/requirements-gradio3.txt' },
];
for (const { dir, requirements } of VENVS) {
  const venv = path.join(root, dir);
  const stamp = path.join(venv, '.requirements');
  const wanted = readFileSync(path.join(root, requirements), 'utf8');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === wanted) continue;
  const python = ['python3.11', 'python3'].find(has);
  if (!python)
    throw new Error('Python 3 is needed for the Gradio server (apt-get install python3 python3-venv).');
  if (!existsSync(path.join(venv, 'bin/python'))) {
    say(`creating ${dir} with ${python}`);
    run(`${python} -m venv ${dir}`);
  }
  say(`installing gradio into ${dir} (pinned in ${requirements})`);
  run(`${dir}/bin/python -m pip install --quiet --disable-pip-version-check -r ${requirements}`);
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
