import { fastParse } from '../common/markdown/fast-parse.js';
import { isInertHtml } from '../common/markdown/inert-html.js';

/**
 * The chunks this block's first render needs beyond its own (src/render/registry.ts
 * preloadFor), requested with it rather than one round trip after: the parser for text the fast
 * path does not take, the sanitizer for text that may hold author HTML. A hint only: the
 * renderer loads what it needs either way.
 */
export function preload(props: Record<string, unknown>): void {
  const text = props.value;
  if (typeof text !== 'string') return;
  const options = { lineBreaks: false, headerLinks: false, latexDelimiters: [], renderMarkdown: true };
  const fast = fastParse(text, options);
  if (!fast) import('../common/markdown/parse.js').catch(() => undefined);
  // Only what could open a tag (`a < b` stays text), and not HTML the sanitizer would leave as
  // it is (an Interface's title).
  const inert = fast !== null && (!fast.hasHtml || isInertHtml(fast.html));
  if (/<[a-z/!?]/i.test(text) && !inert && props.sanitize_html !== false) {
    // sanitize.js and the DOMPurify it imports, together.
    import('../common/markdown/sanitize.js').catch(() => undefined);
    import('dompurify').catch(() => undefined);
  }
}
