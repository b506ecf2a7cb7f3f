import { html, type TemplateResult } from 'lit';

/**
 * The little Markdown Gradio allows in a block's `info` text: `code`, [links](url), **bold** /
 * __bold__, *italic* / _italic_, and line breaks. Built as Lit templates, never as HTML strings,
 * so nothing in the text can become markup; links go to http(s) or relative URLs only, in a
 * new tab.
 */
const TOKEN =
  /`([^`]+)`|\[([^\]]+)\]\(([^)\s]+)\)|\*\*(.+?)\*\*|__(.+?)__|\*(.+?)\*|(?<!\w)_(.+?)_(?!\w)|\n/g;

export function inlineMarkdown(text: string): (TemplateResult | string)[] {
  const out: (TemplateResult | string)[] = [];
  let last = 0;
  for (const match of text.matchAll(TOKEN)) {
    if (match.index > last) out.push(text.slice(last, match.index));
    last = match.index + match[0].length;
    const [whole, code, linkText, url, bold1, bold2, em1, em2] = match;
    if (code !== undefined) out.push(html`<code>${code}</code>`);
    else if (linkText !== undefined && url !== undefined) {
      const safe = !/^\w+:/.test(url) || /^https?:/i.test(url);
      out.push(
        safe ? html`<a href=${url} target="_blank" rel="noopener noreferrer">${linkText}</a>` : linkText,
      );
    } else if (bold1 ?? bold2) out.push(html`<strong>${inlineMarkdown(bold1 ?? bold2!)}</strong>`);
    else if (em1 ?? em2) out.push(html`<em>${inlineMarkdown(em1 ?? em2!)}</em>`);
    else if (whole === '\n') out.push(html`<br />`);
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}
