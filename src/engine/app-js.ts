/**
 * The one place app-supplied JavaScript runs (event `js`, `js_implementation`, Blocks `js`).
 * An embed runs it because the embedder chose to embed the app: the same trust the official
 * frontend gives it. Keeping it here keeps that policy in one module.
 */

type AnyFn = (...args: unknown[]) => unknown;

const compiled = new Map<string, AnyFn>();

function compile(source: string): AnyFn {
  let fn = compiled.get(source);
  if (!fn) {
    // Indirect construction keeps the function out of our module scope (no closures over ours).
    const made = new Function(`return (${source.trim()});`)() as unknown;
    if (typeof made !== 'function') throw new TypeError('App JavaScript is not a function.');
    fn = made as AnyFn;
    compiled.set(source, fn);
  }
  return fn;
}

/** Runs an event's JS function with the input values; resolves its (awaited) result. */
export async function runEventJs(source: string, args: readonly unknown[]): Promise<unknown> {
  return await compile(source)(...args);
}

/**
 * Runs the app-level `js` once, after the first render. Gradio apps write it as a function
 * (`() => {...}`), which is called; plain statements run as a script body. A non-arrow function
 * gets the app's shadow root as `this`, its one handle on the embedded app.
 */
export async function runAppJs(source: string, root: ShadowRoot): Promise<void> {
  let fn: AnyFn;
  try {
    fn = compile(source);
  } catch {
    fn = new Function(source) as AnyFn;
  }
  await fn.call(root);
}

/**
 * Adds the app's `head` HTML to its shadow root, only when the host page opted in: scripts run
 * (a script element runs wherever it is connected), styles and stylesheet links apply inside the
 * app. Tags that belong to the host page (meta, title, base) are left out, so nothing is written
 * into the host document. Returns what removes it again.
 */
export function mountAppHead(head: string, root: ShadowRoot): () => void {
  const parsed = new DOMParser().parseFromString(`<!doctype html><head>${head}</head>`, 'text/html');
  const holder = document.createElement('div');
  holder.className = 'gr-app-head';
  holder.hidden = true;
  root.append(holder);
  for (const node of [...parsed.head.children, ...parsed.body.children]) {
    const tag = node.localName;
    if (tag === 'script') {
      // Parsed scripts never run; a created one does.
      const script = document.createElement('script');
      for (const attr of node.attributes) script.setAttribute(attr.name, attr.value);
      script.textContent = node.textContent;
      holder.append(script);
    } else if (
      tag === 'style' ||
      (tag === 'link' && /\bstylesheet\b/i.test(node.getAttribute('rel') ?? ''))
    ) {
      holder.append(document.importNode(node, true));
    }
  }
  return () => holder.remove();
}
