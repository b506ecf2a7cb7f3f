import { Marked, type MarkedExtension, type Token, type Tokens } from 'marked';
import { languageFor } from './languages.js';
import {
  escapeHtml,
  mayHoldMath,
  unparsedHtml,
  type LatexDelimiter,
  type ParseOptions,
  type Parsed,
} from './fast-parse.js';

export { escapeHtml, mayHoldMath } from './fast-parse.js';
export type { LatexDelimiter, ParseOptions, Parsed } from './fast-parse.js';

/** The math placeholder: the TeX source as text, typeset in place once KaTeX is loaded. */
function mathSpan(tex: string, display: boolean): string {
  return `<span class="md-math${display ? ' md-math-display' : ''}">${escapeHtml(tex)}</span>`;
}

interface MathToken {
  type: 'math' | 'mathBlock';
  raw: string;
  text: string;
  display: boolean;
}

/** Finds delimited TeX at the very start of `src`, trying the delimiters in the app's order. */
function matchMath(
  src: string,
  delimiters: readonly LatexDelimiter[],
  block: boolean,
): MathToken | undefined {
  for (const d of delimiters) {
    if (!src.startsWith(d.left)) continue;
    // At least one character of TeX, as Gradio's `left([\s\S]+?)right`.
    const end = src.indexOf(d.right, d.left.length + 1);
    if (end === -1) continue;
    let raw = src.slice(0, end + d.right.length);
    if (block) {
      // A block of math is alone on its lines: only blanks may follow the closing delimiter.
      const rest = /^[^\S\n]*(?:\n+|$)/.exec(src.slice(raw.length));
      if (!rest) continue;
      raw += rest[0];
    }
    return {
      type: block ? 'mathBlock' : 'math',
      raw,
      text: src.slice(d.left.length, end),
      display: d.display,
    };
  }
  return undefined;
}

/**
 * Math as marked tokens rather than Gradio's regex over the whole source: TeX is kept from
 * Markdown's hands (`_`, `*`, `\\`), and dollars inside code spans and code blocks stay text.
 */
function mathExtension(delimiters: readonly LatexDelimiter[]): MarkedExtension {
  const lefts = [...new Set(delimiters.map((d) => d.left))];
  return {
    extensions: [
      {
        name: 'mathBlock',
        level: 'block',
        tokenizer: (src: string) => matchMath(src, delimiters, true),
        renderer: (token) => `<p>${mathSpan(token.text as string, token.display as boolean)}</p>\n`,
      },
      {
        name: 'math',
        level: 'inline',
        start(src: string) {
          let first = -1;
          for (const left of lefts) {
            const at = src.indexOf(left);
            if (at !== -1 && (first === -1 || at < first)) first = at;
          }
          return first === -1 ? undefined : first;
        },
        tokenizer: (src: string) => matchMath(src, delimiters, false),
        renderer: (token) => mathSpan(token.text as string, token.display as boolean),
      },
    ],
  };
}

/** A link whose URL runs script when followed; marked passes any URL through. */
/** GitHub's octicon link, as Gradio's header anchors show it. */
const LINK_ICON =
  '<svg class="md-link-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" fill="currentColor"><path d="m7.775 3.275 1.25-1.25a3.5 3.5 0 1 1 4.95 4.95l-2.5 2.5a3.5 3.5 0 0 1-4.95 0 .751.751 0 0 1 .018-1.042.751.751 0 0 1 1.042-.018 1.998 1.998 0 0 0 2.83 0l2.5-2.5a2.002 2.002 0 0 0-2.83-2.83l-1.25 1.25a.751.751 0 0 1-1.042-.018.751.751 0 0 1-.018-1.042Zm-4.69 9.64a1.998 1.998 0 0 0 2.83 0l1.25-1.25a.751.751 0 0 1 1.042.018.751.751 0 0 1 .018 1.042l-1.25 1.25a3.5 3.5 0 1 1-4.95-4.95l2.5-2.5a3.5 3.5 0 0 1 4.95 0 .751.751 0 0 1-.018 1.042.751.751 0 0 1-1.042.018 1.998 1.998 0 0 0-2.83 0l-2.5 2.5a1.998 1.998 0 0 0 0 2.83Z"/></svg>';

const SCRIPT_URL = /^\s*(?:javascript|vbscript|data):/i;
const LINK_ATTRS = 'target="_blank" rel="noopener noreferrer"';

/** A heading's id as Gradio makes it: "h" + a GitHub slug of the raw heading line. */
function slugger(): (raw: string) => string {
  const seen = new Map<string, number>();
  return (raw) => {
    const base = raw
      .toLowerCase()
      .trim()
      .replace(/<[!/a-z].*?>/gi, '')
      .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
      .replace(/ /g, '-');
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    return `h${count ? `${base}-${count}` : base}`;
  };
}

function createParser(options: ParseOptions): { marked: Marked; resetSlugs: () => void } {
  const marked = new Marked({ gfm: true, breaks: options.lineBreaks, async: false });
  let slug = slugger();
  marked.use({
    renderer: {
      code({ text, lang }: Tokens.Code): string {
        const language = (lang ?? '').match(/\S*/)?.[0] ?? '';
        const cls = language ? ` class="language-${escapeHtml(language)}"` : '';
        return `<div class="code_wrap"><pre><code${cls}>${escapeHtml(text.replace(/\n$/, ''))}\n</code></pre></div>\n`;
      },
      link({ href, title, tokens }: Tokens.Link): string {
        const text = this.parser.parseInline(tokens);
        if (SCRIPT_URL.test(href)) return `<a>${text}</a>`;
        const titleAttr = title ? ` title="${escapeHtml(title)}"` : '';
        // Links open in a new tab, as Gradio's; an in-page #fragment scrolls inside the app.
        const extra = href.trim().startsWith('#') ? '' : ` ${LINK_ATTRS}`;
        return `<a href="${escapeHtml(href)}"${titleAttr}${extra}>${text}</a>`;
      },
      image({ href, title, text }: Tokens.Image): string {
        if (SCRIPT_URL.test(href) && !/^\s*data:image\//i.test(href)) return escapeHtml(text);
        const titleAttr = title ? ` title="${escapeHtml(title)}"` : '';
        return `<img src="${escapeHtml(href)}" alt="${escapeHtml(text)}"${titleAttr}>`;
      },
      ...(options.headerLinks
        ? {
            heading({ tokens, depth, raw }: Tokens.Heading): string {
              const id = slug(raw);
              const text = this.parser.parseInline(tokens);
              // The link icon follows the text: in the margin before it (Gradio's place), it
              // would be clipped by an embed with little padding.
              return `<h${depth} id="${escapeHtml(id)}">${text}<a class="md-header-anchor" href="#${escapeHtml(id)}" aria-label="Link to this section">${LINK_ICON}</a></h${depth}>\n`;
            },
          }
        : {}),
    },
  });
  if (options.latexDelimiters.length) marked.use(mathExtension(options.latexDelimiters));
  return { marked, resetSlugs: () => (slug = slugger()) };
}

const parsers = new Map<string, ReturnType<typeof createParser>>();

function parserFor(options: ParseOptions): ReturnType<typeof createParser> {
  const key = JSON.stringify([options.lineBreaks, options.headerLinks, options.latexDelimiters]);
  let parser = parsers.get(key);
  if (!parser) {
    parser = createParser(options);
    parsers.set(key, parser);
  }
  return parser;
}

/**
 * Markdown to HTML, synchronously: everything but sanitizing, typesetting and highlighting,
 * which need their own chunks and happen after (only when `Parsed` says they are needed).
 * A source without author HTML comes out safe: marked escapes text, and script URLs are dropped.
 */
export function parseMarkdown(source: string, options: ParseOptions): Parsed {
  if (!options.renderMarkdown) return unparsedHtml(source, options);
  const { marked, resetSlugs } = parserFor(options);
  resetSlugs();
  const tokens = marked.lexer(source);
  let hasHtml = false;
  let hasMath = false;
  const languages = new Set<string>();
  marked.walkTokens(tokens, (token: Token) => {
    if (token.type === 'html') {
      hasHtml = true;
      // Math written inside author HTML is found in the DOM after sanitizing, as Gradio does.
      if (!hasMath && mayHoldMath(token.raw, options.latexDelimiters)) hasMath = true;
    } else if (token.type === 'math' || token.type === 'mathBlock') {
      hasMath = true;
    } else if (token.type === 'code') {
      const language = languageFor((token as Tokens.Code).lang ?? '');
      if (language) languages.add(language);
    }
  });
  return { html: marked.parser(tokens), hasHtml, hasMath, languages: [...languages] };
}
