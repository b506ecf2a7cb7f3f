/**
 * Author HTML the sanitizer would leave as it is, known without loading it: a few text elements
 * (headings, paragraphs, spans, emphasis, line breaks), no attribute but `style`, `class` and
 * `align`, no markup character in their values or in the text (`&` included: no entity),
 * properly nested. An Interface's title (`<h1 style='text-align: center; margin-bottom:
 * 1rem'>Greeter</h1>`) is such HTML, and shows without DOMPurify. Anything else, anything in
 * doubt, goes to the sanitizer.
 */

const ELEMENTS = new Set(
  'h1 h2 h3 h4 h5 h6 p div span b strong i em u s small sub sup mark center br hr'.split(' '),
);
const VOID = new Set(['br', 'hr']);
const ATTRIBUTES = new Set(['style', 'class', 'align']);

/** A tag, or a run of text without `<` or `>`; the pieces must cover the whole source. */
const PIECE = /<[^<>]*>|[^<>]+/g;
const TAG = /^<(\/?)([a-z][a-z0-9]*)((?:\s+[a-z]+=(?:"[^"]*"|'[^']*'))*)\s*(\/?)>$/i;
const ATTRIBUTE = /([a-z]+)=(?:"([^"]*)"|'([^']*)')/gi;
/** What a style value may not hold, though DOMPurify keeps it: URLs, escapes, at-rules, old IE. */
const RISKY_STYLE = /url|image|expression|javascript|behavior|binding|@|\\/i;

export function isInertHtml(html: string): boolean {
  const open: string[] = [];
  let covered = 0;
  for (const piece of html.match(PIECE) ?? []) {
    covered += piece.length;
    if (!piece.startsWith('<')) {
      if (piece.includes('&')) return false;
      continue;
    }
    const tag = TAG.exec(piece);
    if (!tag) return false;
    const [, closing, rawName, attributes, selfClosing] = tag;
    const name = rawName!.toLowerCase();
    if (!ELEMENTS.has(name)) return false;
    if (closing) {
      if (attributes || selfClosing || open.pop() !== name) return false;
      continue;
    }
    for (const [, attribute, double, single] of attributes!.matchAll(ATTRIBUTE)) {
      const value = double ?? single ?? '';
      if (!ATTRIBUTES.has(attribute!.toLowerCase()) || /[<>&]/.test(value)) return false;
      if (attribute!.toLowerCase() === 'style' && RISKY_STYLE.test(value)) return false;
    }
    if (VOID.has(name)) continue;
    if (selfClosing) return false;
    open.push(name);
  }
  return covered === html.length && open.length === 0;
}
