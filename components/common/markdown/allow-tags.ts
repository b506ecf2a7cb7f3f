/** Standard HTML and SVG element names: with `allow_tags=True`, any other tag is shown as text. */
const STANDARD = new Set(
  (
    '!-- !doctype a abbr acronym address applet area article aside audio b base basefont bdi bdo big blockquote body br ' +
    'button canvas caption center cite code col colgroup data datalist dd del details dfn dialog dir div dl dt em embed ' +
    'fieldset figcaption figure font footer form frame frameset h1 h2 h3 h4 h5 h6 head header hgroup hr html i iframe ' +
    'img input ins kbd label legend li link main map mark menu meta meter nav noframes noscript object ol optgroup ' +
    'option output p param picture pre progress q rp rt ruby s samp script search section select small source span ' +
    'strike strong style sub summary sup svg table tbody td template textarea tfoot th thead time title tr track tt u ' +
    'ul var video wbr g defs use symbol rect circle ellipse line polyline polygon path image text tspan textpath ' +
    'lineargradient radialgradient stop pattern clippath mask filter feblend fecolormatrix fecomponenttransfer ' +
    'fecomposite feconvolvematrix fediffuselighting fedisplacementmap fegaussianblur femerge femorphology feoffset ' +
    'fespecularlighting feturbulence femergenode fefuncr fefuncg fefuncb fefunca fedistantlight fepointlight ' +
    'fespotlight feflood fetile animate animatetransform animatemotion mpath set view cursor foreignobject desc ' +
    'metadata switch'
  ).split(' '),
);

const asText = (tag: string): string => tag.replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Chatbot's `allow_tags`: the listed tags, or with `true` every tag that is not standard HTML
 * or SVG (`<thinking>`, `<tool>`), are shown as text where the sanitizer would drop them.
 */
export function escapeTags(html: string, allow: readonly string[] | boolean): string {
  if (allow === true) {
    return html.replace(/<\/?([a-zA-Z][a-zA-Z0-9-]*)([\s>])/g, (match, tag: string) =>
      STANDARD.has(tag.toLowerCase()) ? match : asText(match),
    );
  }
  if (!Array.isArray(allow)) return html;
  for (const tag of allow as readonly string[]) {
    const name = tag.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    html = html.replace(new RegExp(`</?${name}(?:\\s+[^>]*)?>`, 'gi'), asText);
  }
  return html;
}
