import katex from 'katex';
import katexCss from 'katex/dist/katex.min.css?raw';
import { registerStyles } from '../../../src/base/style-registry.js';
import { registerKatexFonts } from './katex-fonts.js';
import type { LatexDelimiter } from './parse.js';
import { trustedHtml } from '../../../src/base/trusted-html.js';

// KaTeX's stylesheet inside the app's root, minus its @font-face rules (fonts go through
// document.fonts), in our components layer so the app's own css= still wins.
const sheet = new CSSStyleSheet();
sheet.replaceSync(`@layer gr.components {${katexCss.replace(/@font-face\s*\{[^}]*\}/g, '')}}`);
registerStyles(sheet);
registerKatexFonts();

const CACHE_SIZE = 500;
const cache = new Map<string, string>();

/** KaTeX's HTML for one formula; errors show as KaTeX's red source text, as in Gradio. */
function typesetTex(tex: string, display: boolean): string {
  const key = `${display ? 'D' : 'I'}${tex}`;
  let html = cache.get(key);
  if (html === undefined) {
    html = katex.renderToString(tex, { displayMode: display, throwOnError: false });
    if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
    cache.set(key, html);
  }
  return html;
}

/** Where delimiters are not math: code, scripts, form fields, math already typeset. */
const NOT_MATH = 'code, pre, script, style, textarea, option, .katex, .md-math';

/** Splits a text into plain text and delimited math, taking the delimiters in the app's order. */
function splitMath(text: string, delimiters: readonly LatexDelimiter[]): (string | [string, boolean])[] {
  let parts: (string | [string, boolean])[] = [text];
  for (const d of delimiters) {
    const next: (string | [string, boolean])[] = [];
    for (const part of parts) {
      if (typeof part !== 'string') {
        next.push(part);
        continue;
      }
      let rest = part;
      for (;;) {
        const start = rest.indexOf(d.left);
        const end = start === -1 ? -1 : rest.indexOf(d.right, start + d.left.length + 1);
        if (end === -1) break;
        if (start > 0) next.push(rest.slice(0, start));
        next.push([rest.slice(start + d.left.length, end), d.display]);
        rest = rest.slice(end + d.right.length);
      }
      if (rest) next.push(rest);
    }
    parts = next;
  }
  return parts;
}

/** Math written straight into the DOM's text (author HTML, render_markdown=False), as auto-render finds it. */
function typesetText(root: Element, delimiters: readonly LatexDelimiter[]): void {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const found: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node as Text;
    if (!delimiters.some((d) => text.data.includes(d.left))) continue;
    if (text.parentElement?.closest(NOT_MATH)) continue;
    found.push(text);
  }
  for (const text of found) {
    const parts = splitMath(text.data, delimiters);
    if (parts.length === 1 && typeof parts[0] === 'string') continue;
    const fragment = document.createDocumentFragment();
    for (const part of parts) {
      if (typeof part === 'string') {
        fragment.append(part);
      } else {
        const span = document.createElement('span');
        span.className = 'md-math md-math-typeset';
        span.innerHTML = trustedHtml(typesetTex(part[0], part[1]));
        fragment.append(span);
      }
    }
    text.replaceWith(fragment);
  }
}

/**
 * Typesets the math in a rendered message: the placeholders the parser left (TeX as text),
 * then, when asked, delimited math in the remaining text.
 */
export function typesetMath(root: Element, delimiters: readonly LatexDelimiter[], scanText: boolean): void {
  for (const span of root.querySelectorAll<HTMLElement>('span.md-math:not(.md-math-typeset)')) {
    span.innerHTML = trustedHtml(
      typesetTex(span.textContent ?? '', span.classList.contains('md-math-display')),
    );
    span.classList.add('md-math-typeset');
  }
  if (scanText) typesetText(root, delimiters);
}
