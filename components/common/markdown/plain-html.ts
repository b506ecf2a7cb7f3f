/**
 * Author HTML that needs no sanitizer: only text and a few presentational elements with a few
 * attributes, each of which Gradio's rules keep as written (sanitize.ts). Such HTML (an
 * Interface's `<h1 style=…>` title, a `<center>`ed line) is shown without loading DOMPurify;
 * anything else goes through it.
 */
const ELEMENTS = new Set(
  'h1 h2 h3 h4 h5 h6 p div span b i em strong small big u s sub sup br hr center code pre blockquote ul ol li dl dt dd table caption thead tbody tfoot tr th td'.split(
    ' ',
  ),
);
const ATTRIBUTES = new Set('style class title align dir lang width height colspan rowspan'.split(' '));
const HTML = 'http://www.w3.org/1999/xhtml';

function plain(node: Node): boolean {
  for (const child of node.childNodes) {
    if (child.nodeType === Node.TEXT_NODE) continue;
    if (child.nodeType !== Node.ELEMENT_NODE) return false;
    const el = child as Element;
    if (el.namespaceURI !== HTML || !ELEMENTS.has(el.localName)) return false;
    for (const attribute of el.attributes) if (!ATTRIBUTES.has(attribute.name)) return false;
    if (!plain(el)) return false;
  }
  return true;
}

/**
 * Whether the HTML is plain in that sense. Parsed by an inert DOMParser document: nothing in it
 * runs or loads.
 */
export function isPlainHtml(html: string): boolean {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return !doc.head.hasChildNodes() && plain(doc.body);
}
