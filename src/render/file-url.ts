const ABSOLUTE = /^(https?:|data:|blob:)/i;

/**
 * The URL of a file a Gradio value names. Servers send FileData with a `url` (absolute in 4.x+,
 * built from the request's host) and a `path`; older values and examples may be a bare path,
 * served from `<root><apiPrefix>/file=<path>`. Relative URLs resolve against the app's root,
 * never against the host page.
 */
export function fileUrl(file: unknown, root: string, apiPrefix: string): string | null {
  if (typeof file === 'string') {
    if (!file) return null;
    return ABSOLUTE.test(file) ? file : `${root}${apiPrefix}/file=${file}`;
  }
  if (typeof file !== 'object' || file === null) return null;
  const { url, path } = file as { url?: unknown; path?: unknown };
  if (typeof url === 'string' && url) {
    return ABSOLUTE.test(url) ? url : new URL(url, `${root}/`).href;
  }
  if (typeof path === 'string' && path) return fileUrl(path, root, apiPrefix);
  return null;
}
