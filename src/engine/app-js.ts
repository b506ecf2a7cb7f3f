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
