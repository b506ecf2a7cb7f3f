import type * as VegaRuntime from './vega-runtime.js';

let loading: Promise<typeof VegaRuntime> | null = null;

/**
 * The page's one copy of Vega, Vega-Lite and Vega-Embed (with our chart helpers), loaded with
 * the first chart that needs it, whichever block that is. A failed load may be retried.
 */
export function loadVega(): Promise<typeof VegaRuntime> {
  loading ??= import('./vega-runtime.js').catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}
