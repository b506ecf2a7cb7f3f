// Our build as a CDN serves it: a snapshot of dist/ taken when the bench starts, served under
// /cdn/gradio-embed@<version>/ with CORS, from its own localhost origin. A snapshot, because
// dist/ may be rebuilt while the bench runs (a rebuild empties the folder): every run of
// every figure then measures the same build.
import { createHash } from 'node:crypto';
import { cp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';

const TYPES = { '.js': 'text/javascript', '.css': 'text/css', '.map': 'application/json' };

export async function startCdn(distDir, tmpDir, freePort) {
  const root = path.join(tmpDir, `dist-${process.pid}`);
  await rm(root, { recursive: true, force: true });
  await cp(distDir, root, { recursive: true });
  const entry = await readFile(path.join(root, 'gradio.js'));
  const build = createHash('sha256').update(entry).digest('hex').slice(0, 12);
  const port = await freePort();
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const match = /^\/cdn\/[^/]+\/(.*)$/.exec(url.pathname);
    const file = match && path.join(root, path.normalize(match[1]));
    const body = file?.startsWith(root) ? await readFile(file).catch(() => null) : null;
    if (!body) {
      res.writeHead(404, { 'access-control-allow-origin': '*' });
      res.end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'access-control-allow-origin': '*',
    });
    res.end(body);
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    origin: `http://localhost:${port}`,
    build,
    stop: async () => {
      await new Promise((resolve) => server.close(resolve));
      await rm(root, { recursive: true, force: true });
    },
  };
}
