#!/usr/bin/env node
// `npm start`: runs the bundled Gradio demo app and serves index.html (with dist/) on another
// localhost origin, as a real host site would be. Ctrl+C stops both.
import { spawn } from 'node:child_process';
import { createHmac, randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const appPort = Number(process.env.GRADIO_PORT ?? 7860);
const pagePort = Number(process.env.PORT ?? 5173);
const appUrl = `http://127.0.0.1:${appPort}`;
const privatePort = Number(process.env.PRIVATE_PORT ?? appPort + 1);
const privateUrl = `http://127.0.0.1:${privatePort}`;
// The secret the private app and this backend share; a page only ever sees short-lived tokens.
const secret = randomBytes(32).toString('hex');
const TOKEN_SECONDS = 300;

/** A token the private app accepts until it expires (e2e/apps/hostapi_private.py checks it). */
function mintToken() {
  const expiry = String(Math.floor(Date.now() / 1000) + TOKEN_SECONDS);
  return `${expiry}.${createHmac('sha256', secret).update(expiry).digest('hex')}`;
}

const gradio = spawn(path.join(root, '.venv/bin/python'), [path.join(root, 'e2e/apps/demo.py')], {
  env: { ...process.env, PORT: String(appPort), GRADIO_ANALYTICS_ENABLED: 'False' },
  stdio: 'inherit',
});
const privateApp = spawn(
  path.join(root, '.venv/bin/python'),
  [path.join(root, 'e2e/apps/hostapi_private.py')],
  {
    cwd: path.join(root, 'e2e/apps'),
    env: {
      ...process.env,
      PORT: String(privatePort),
      EMBED_TOKEN_SECRET: secret,
      GRADIO_ANALYTICS_ENABLED: 'False',
    },
    stdio: 'inherit',
  },
);
const stop = () => {
  gradio.kill('SIGTERM');
  privateApp.kill('SIGTERM');
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
gradio.on('exit', (code) => {
  console.error(
    `[demo] the Gradio app exited (${code}); is port ${appPort} free? Set GRADIO_PORT to change it.`,
  );
  process.exit(1);
});

const TYPES = { '.js': 'text/javascript', '.map': 'application/json', '.html': 'text/html; charset=utf-8' };
createServer(async (req, res) => {
  const { pathname } = new URL(req.url ?? '/', 'http://localhost');
  if (pathname === '/embed-token' && req.method === 'POST') {
    // A real backend checks who is asking (its own session) before minting.
    res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
    res.end(JSON.stringify({ token: mintToken(), expiresIn: TOKEN_SECONDS }));
    return;
  }
  if (pathname === '/' || pathname === '/index.html') {
    const html = (await readFile(path.join(root, 'index.html'), 'utf8'))
      .replaceAll('%GRADIO_URL%', appUrl)
      .replaceAll('%PRIVATE_URL%', privateUrl);
    res.writeHead(200, { 'content-type': TYPES['.html'] });
    res.end(html);
    return;
  }
  const file = path.join(root, 'dist', path.normalize(pathname));
  if (file.startsWith(path.join(root, 'dist')) && (await stat(file).catch(() => null))?.isFile()) {
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    res.end(await readFile(file));
    return;
  }
  res.writeHead(404).end('not found');
}).listen(pagePort, '127.0.0.1', () => {
  console.log(
    `\n[demo] open http://localhost:${pagePort}/  (Gradio app: ${appUrl}; private app: ${privateUrl})\n`,
  );
});
