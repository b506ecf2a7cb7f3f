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
/** Whether the venv `dir` was installed from these requirements (its stamp holds them). */
const installedFrom = (dir, wanted) => {
  const stamp = path.join(root, dir, '.requirements');
  return existsSync(stamp) && readFileSync(stamp, 'utf8') === wanted;
};
const stale = VENVS.map((venv) => ({
  ...venv,
  wanted: readFileSync(path.join(root, venv.requirements), 'utf8'),
})).filter(({ dir, wanted }) => !installedFrom(dir, wanted));
if (stale.length > 0) {
  const python = ['python3.11', 'python3'].find(has);
  if (!python)
    throw new Error('Python 3 is needed for the Gradio server (apt-get install python3 python3-venv).');
  const uv = installUv(python);
  for (const { dir, requirements, wanted } of stale) {
    if (!existsSync(path.join(root, dir, 'bin/python'))) {
      say(`creating ${dir} with ${python}`);
      run(uv ? `${uv} venv --quiet --clear --python ${python} ${dir}` : `${python} -m venv ${dir}`);
    }
    say(`installing gradio into ${dir} (pinned in ${requirements})`);
    // Bytecode at install time, as pip does: otherwise the first server of each venv compiles
    // Gradio's modules as it starts (and several starting at once race to write them).
    run(
      uv
        ? `${uv} pip install --quiet --compile-bytecode --python ${dir}/bin/python -r ${requirements}`
        : `${dir}/bin/python -m pip install --quiet --disable-pip-version-check -r ${requirements}`,
    );
    writeFileSync(path.join(root, dir, '.requirements'), wanted);
  }
}

/**
 * uv (pinned in scripts/requirements-setup.txt, in its own venv) installs the six venvs in under
 * a minute where pip took about four, with the same resolved versions. Returns its path, or null
 * (pip does the work) where it could not be installed.
 */
function installUv(python) {
  const dir = path.join(root, '.venv-setup');
  const wanted = readFileSync(path.join(root, 'scripts/requirements-setup.txt'), 'utf8');
  if (installedFrom('.venv-setup', wanted)) return path.join(dir, 'bin/uv');
  try {
    say('installing uv into .venv-setup (pinned in scripts/requirements-setup.txt)');
    if (!existsSync(path.join(dir, 'bin/python'))) run(`${python} -m venv .venv-setup`);
    run(
      '.venv-setup/bin/python -m pip install --quiet --disable-pip-version-check -r scripts/requirements-setup.txt',
    );
    writeFileSync(path.join(dir, '.requirements'), wanted);
    return path.join(dir, 'bin/uv');
  } catch {
    say('uv could not be installed: pip installs the venvs instead (slower)');
    return null;
  }
}

// 3. Debian's Chromium (browser downloads do not work here) and ffmpeg (the Gradio server needs
// it for media: streamed audio and video outputs, format conversion, as on Hugging Face Spaces;
// the media e2e apps make their clips with it), in one apt-get run.
const chromium = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
  (p) => p && existsSync(p),
);
const debianPackages = [
  ...(chromium ? [] : ['chromium']),
  ...(has('ffmpeg') && has('ffprobe') ? [] : ['ffmpeg']),
];
if (debianPackages.length > 0) {
  const list = debianPackages.join(' ');
  if (process.getuid?.() !== 0 && !has('sudo')) {
    throw new Error(`Missing Debian packages: install them with apt-get install ${list}.`);
  }
  const sudo = process.getuid?.() === 0 ? '' : 'sudo ';
  say(`installing Debian's ${list}`);
  run(
    `${sudo}apt-get update -qq && ${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${list}`,
  );
}
say('ready');
