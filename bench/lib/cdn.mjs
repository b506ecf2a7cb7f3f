// Our build as a CDN serves it: a snapshot of dist/ taken when the bench starts, served under
// /cdn/gradio-embed@<version>/ with CORS, from its own localhost origin. A snapshot, because
// dist/ may be rebuilt while the bench runs (a rebuild empties the folder): every run of
// every figure then measures the same build.
//
// As a real CDN does (jsDelivr, unpkg, a site's own CDN): text is sent gzip-compressed when the
// browser accepts it, every response has an ETag (a revalidation answers 304), the content-hashed
// chunks are cached for a year as immutable, and the entry (whose name never changes) for ten
// minutes. The repeat-visit figure depends on these headers.
import { createHash } from 'node:crypto';
import { cp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = { '.js': 'text/javascript', '.css': 'text/css', '.map': 'application/json' };
const COMPRESSIBLE = new Set(['.js', '.css', '.map', '.json', '.svg']);
const IMMUTABLE = 'public, max-age=31536000, immutable';
const ENTRY = 'public, max-age=600';

export async function startCdn(distDir, tmpDir, freePort) {
  const root = path.join(tmpDir, `dist-${process.pid}`);
  await rm(root, { recursive: true, force: true });
  await cp(distDir, root, { recursive: true });
  const entry = await readFile(path.join(root, 'gradio.js'));
  const build = createHash('sha256').update(entry).digest('hex').slice(0, 12);
  /** Per file: its body, its gzip body (made once) and its ETag. */
  const files = new Map();
  const load = async (file) => {
    if (files.has(file)) return files.get(file);
    const body = await readFile(file).catch(() => null);
    const entry = body && {
      body,
      gzip: COMPRESSIBLE.has(path.extname(file)) ? gzipSync(body, { level: 9 }) : null,
      etag: `"${createHash('sha256').update(body).digest('hex').slice(0, 16)}"`,
    };
    files.set(file, entry);
    return entry;
  };
  const port = await freePort();
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const match = /^\/cdn\/[^/]+\/(.*)$/.exec(url.pathname);
    const file = match && path.join(root, path.normalize(match[1]));
    const found = file?.startsWith(root) ? await load(file) : null;
    if (!found) {
      res.writeHead(404, { 'access-control-allow-origin': '*' });
      res.end('not found');
      return;
    }
    const headers = {
      'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'access-control-allow-origin': '*',
      'cache-control': path.basename(file) === 'gradio.js' ? ENTRY : IMMUTABLE,
      etag: found.etag,
      vary: 'accept-encoding',
    };
    if (req.headers['if-none-match'] === found.etag) {
      res.writeHead(304, headers);
      res.end();
      return;
    }
    const gzip = found.gzip && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
    if (gzip) headers['content-encoding'] = 'gzip';
    res.writeHead(200, headers);
    res.end(gzip ? found.gzip : found.body);
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
