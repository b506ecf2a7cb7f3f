/**
 * Texts whose HTML is known without running marked: the parser (and its 20 KiB) loads only for
 * text that needs it. Each case gives exactly the HTML `parseMarkdown` gives (fast-parse.test.ts
 * checks it against marked), and anything in doubt goes to the parser.
 */

/** One pair of LaTeX delimiters (Gradio's `latex_delimiters` entries). */
export interface LatexDelimiter {
  readonly left: string;
  readonly right: string;
  readonly display: boolean;
}

/** The options that change the HTML a source becomes (the parse step's share of MarkdownOptions). */
export interface ParseOptions {
  readonly lineBreaks: boolean;
  readonly headerLinks: boolean;
  readonly latexDelimiters: readonly LatexDelimiter[];
  readonly renderMarkdown: boolean;
}

/** The HTML a source becomes, and what it still needs before it is shown as Gradio shows it. */
export interface Parsed {
  readonly html: string;
  /** It holds author HTML: it must pass the sanitizer (when sanitizing) before it is shown. */
  readonly hasHtml: boolean;
  /** It holds math to typeset (delimited TeX in the text or in author HTML). */
  readonly hasMath: boolean;
  /** The highlight.js languages its code blocks name (only languages we can load). */
  readonly languages: readonly string[];
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** Whether the text holds a complete pair of any delimiters (Gradio's test before loading KaTeX). */
export function mayHoldMath(text: string, delimiters: readonly LatexDelimiter[]): boolean {
  return delimiters.some((d) => {
    const start = text.indexOf(d.left);
    return start !== -1 && text.indexOf(d.right, start + d.left.length) !== -1;
  });
}

/**
 * An HTML block that starts the text (CommonMark's sixth kind: one of these tags opens it) runs
 * to the first blank line; marked passes it through as written.
 */
const HTML_BLOCK =
  /^ {0,3}<\/?(?:address|article|aside|blockquote|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|h[1-6]|header|hr|legend|li|main|menu|nav|ol|p|section|summary|table|tbody|td|tfoot|th|thead|tr|ul)(?: +|\n|\/?>)/i;

/**
 * One line of prose: a letter first (no list, heading, quote or code marker), then letters,
 * digits, spaces and punctuation that Markdown leaves alone (no emphasis, code, link, HTML,
 * entity or escape characters).
 */
const PLAIN_LINE = /^\p{L}[\p{L}\p{M}\p{N} ,.;:'"?!%()/-]*$/u;

/** Gradio's render_markdown=False: the text is HTML (sanitized later), not Markdown. */
export function unparsedHtml(source: string, options: ParseOptions): Parsed {
  return {
    html: source,
    hasHtml: /[<&]/.test(source),
    hasMath: mayHoldMath(source, options.latexDelimiters),
    languages: [],
  };
}

/** The HTML of a text the parser need not see, or null when it must. */
export function fastParse(source: string, options: ParseOptions): Parsed | null {
  if (!options.renderMarkdown) return unparsedHtml(source, options);
  // Blank in Markdown's sense only: a no-break space is text.
  if (/^[ \t\n]*$/.test(source)) return { html: '', hasHtml: false, hasMath: false, languages: [] };
  if (/\r/.test(source)) return null;
  if (HTML_BLOCK.test(source) && !/\n[ \t]*\n/.test(source)) {
    return {
      html: source,
      hasHtml: true,
      hasMath: mayHoldMath(source, options.latexDelimiters),
      languages: [],
    };
  }
  // URLs (GFM autolinks them) and math are the parser's.
  if (
    PLAIN_LINE.test(source) &&
    !/:\/\/|www\./i.test(source) &&
    !mayHoldMath(source, options.latexDelimiters)
  ) {
    return { html: `<p>${escapeHtml(source)}</p>\n`, hasHtml: false, hasMath: false, languages: [] };
  }
  return null;
}
