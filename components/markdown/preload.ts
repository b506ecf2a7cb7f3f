import { fastParse } from '../common/markdown/fast-parse.js';

/**
 * Text the parser must see (src/render/registry.ts preloadFor): its chunk loads with this
 * block's own. A hint only: the renderer loads what it needs either way.
 */
export function preload(props: Record<string, unknown>): void {
  const text = props.value;
  if (typeof text !== 'string') return;
  const options = { lineBreaks: false, headerLinks: false, latexDelimiters: [], renderMarkdown: true };
  if (!fastParse(text, options)) import('../common/markdown/parse.js').catch(() => undefined);
}
