/** A piece of a parameter's description: text, or a Markdown link. */
export type DescriptionPart = { readonly text: string; readonly href?: string };

const SAFE_URL = /^(https?:|mailto:|#|\/|\.\/|\.\.\/)/i;

/**
 * Splits a description into text and `[text](url)` links, the only Markdown Gradio renders
 * there. A link to a scheme other than http(s) or mailto stays text.
 */
export function parseDescription(description: string): DescriptionPart[] {
  const parts: DescriptionPart[] = [];
  let last = 0;
  for (const match of description.matchAll(/\[([^\]]+)\]\(([^)\s]+)\)/g)) {
    if (match.index > last) parts.push({ text: description.slice(last, match.index) });
    const [, text, href] = match as unknown as [string, string, string];
    parts.push(SAFE_URL.test(href) || !/^[a-z][a-z0-9+.-]*:/i.test(href) ? { text, href } : { text });
    last = match.index + match[0].length;
  }
  if (last < description.length) parts.push({ text: description.slice(last) });
  return parts;
}
