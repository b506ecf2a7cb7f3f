import { Marked } from 'marked';
import DOMPurify from 'dompurify';

const parser = new Marked({ gfm: true, async: false });

export interface MarkdownOptions {
  /** Sanitize the HTML (Gradio's `sanitize_html`, on by default). */
  sanitize: boolean;
  /** Single newlines become <br> (Gradio's `line_breaks`). */
  lineBreaks: boolean;
}

/** Markdown to HTML, sanitized with DOMPurify unless the app turned that off. */
export function renderMarkdown(source: string, options: MarkdownOptions): string {
  const html = parser.parse(source, { breaks: options.lineBreaks }) as string;
  if (!options.sanitize) return html;
  return DOMPurify.sanitize(html, { ADD_ATTR: ['target'] });
}
