/**
 * Saves a file the app serves. A plain `<a download>` is ignored for another origin, and an
 * embed's files always live on the app's origin: the browser would navigate the host page to
 * the file instead. So the file is fetched and saved from a blob URL (same-origin); if the app's
 * server refuses that (no CORS for files), it opens in a new tab, never in the host page.
 */
export async function downloadFile(url: string, name: string, near: Node): Promise<void> {
  let href: string;
  try {
    // Not from the HTTP cache: a copy cached from an <img> (fetched without CORS) has no
    // Access-Control-Allow-Origin and would fail this cross-origin read.
    const response = await fetch(url, { credentials: 'omit', cache: 'no-store' });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    href = URL.createObjectURL(await response.blob());
  } catch {
    window.open(url, '_blank', 'noopener');
    return;
  }
  const link = document.createElement('a');
  link.href = href;
  link.download = name;
  link.hidden = true;
  // Inside the app's shadow root: nothing is added to the host document.
  const root = near.getRootNode();
  (root instanceof ShadowRoot ? root : document.body).append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(href), 30_000);
}
