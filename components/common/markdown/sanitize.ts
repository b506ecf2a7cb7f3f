import createDOMPurify from 'dompurify';

/*
 * What survives sanitizing, as in Gradio's own frontend (@gradio/sanitize: the Amuchina
 * sanitizer's default allow-lists, minus <style> and <link>, which would restyle the whole app):
 * these elements and attributes stay; any other element is dropped together with its content
 * (<script>, <iframe>, <textarea>, <title>, custom tags such as <thinking>); event handlers and
 * data-* attributes go; script and data: URLs are dropped from links. Links that leave the page
 * open in a new tab (target="_blank" rel="noopener noreferrer"); #fragment links stay in place.
 * DOMPurify does the work; only the lists are Gradio's. Ids and names in our own namespaces are
 * renamed, as in app-html.ts.
 */
const HTML_ELEMENTS =
  'a abbr acronym address area article aside audio b bdi bdo bgsound big blockquote body br button canvas caption center cite code col colgroup datalist dd del details dfn dialog dir div dl dt em fieldset figcaption figure font footer form h1 h2 h3 h4 h5 h6 head header hgroup hr html i img input ins kbd keygen label layer legend li listing main map mark marquee menu meta meter nav nobr ol optgroup option output p picture popup pre progress q rb rp rt rtc ruby s samp section select selectmenu small source span strike strong sub summary sup table tbody td tfoot th thead time tr track tt u ul var video wbr';

const SVG_ELEMENTS =
  'svg altglyph altglyphdef altglyphitem animatecolor animatemotion animatetransform circle clippath defs desc ellipse filter g glyph glyphref hkern image line lineargradient marker mask metadata mpath path pattern polygon polyline radialgradient rect stop switch symbol text textpath tref tspan view vkern feblend fecolormatrix fecomponenttransfer fecomposite feconvolvematrix fediffuselighting fedisplacementmap fedistantlight feflood fefunca fefuncb fefuncg fefuncr fegaussianblur feimage femerge femergenode femorphology feoffset fepointlight fespecularlighting fespotlight fetile feturbulence';

const MATH_ELEMENTS =
  'math menclose merror mfenced mfrac mglyph mi mlabeledtr mmultiscripts mn mo mover mpadded mphantom mroot mrow ms mspace msqrt mstyle msub msup msubsup mtable mtd mtext mtr munder munderover';

const HTML_ATTRIBUTES =
  'abbr accept accept-charset accesskey action align alink allow allowfullscreen alt anchor archive as async autocapitalize autocomplete autocorrect autofocus autopictureinpicture autoplay axis background behavior bgcolor border bordercolor capture cellpadding cellspacing challenge char charoff charset checked cite class classid clear code codebase codetype color cols colspan compact content contenteditable controls controlslist conversiondestination coords crossorigin csp data datetime declare decoding default defer dir direction dirname disabled disablepictureinpicture disableremoteplayback disallowdocumentaccess download draggable elementtiming enctype end enterkeyhint event exportparts face for form formaction formenctype formmethod formnovalidate formtarget frame frameborder headers height hidden high href hreflang hreftranslate hspace http-equiv id imagesizes imagesrcset importance impressiondata impressionexpiry incremental inert inputmode integrity invisible ismap keytype kind label lang language latencyhint leftmargin link list loading longdesc loop low lowsrc manifest marginheight marginwidth max maxlength mayscript media method min minlength multiple muted name nohref nomodule nonce noresize noshade novalidate nowrap object open optimum part pattern ping placeholder playsinline policy poster preload pseudo readonly referrerpolicy rel reportingorigin required resources rev reversed role rows rowspan rules sandbox scheme scope scopes scrollamount scrolldelay scrolling select selected shadowroot shadowrootdelegatesfocus shape size sizes slot span spellcheck src srclang srcset standby start step style summary tabindex target text title topmargin translate truespeed trusttoken type usemap valign value valuetype version virtualkeyboardpolicy vlink vspace webkitdirectory width wrap';

const SVG_ATTRIBUTES =
  'accent-height accumulate additive alignment-baseline ascent attributename attributetype azimuth basefrequency baseline-shift begin bias by clip clippathunits clip-path clip-rule color-interpolation color-interpolation-filters color-profile color-rendering cx cy d dx dy diffuseconstant display divisor dominant-baseline dur edgemode elevation fill fill-opacity fill-rule filter filterunits flood-color flood-opacity font-family font-size font-size-adjust font-stretch font-style font-variant font-weight fx fy g1 g2 glyph-name glyphref gradientunits gradienttransform image-rendering in in2 k k1 k2 k3 k4 kerning keypoints keysplines keytimes lengthadjust letter-spacing kernelmatrix kernelunitlength lighting-color local marker-end marker-mid marker-start markerheight markerunits markerwidth maskcontentunits maskunits mask mode numoctaves offset operator opacity order orient orientation origin overflow paint-order path pathlength patterncontentunits patterntransform patternunits points preservealpha preserveaspectratio primitiveunits r rx ry radius refx refy repeatcount repeatdur restart result rotate scale seed shape-rendering specularconstant specularexponent spreadmethod startoffset stddeviation stitchtiles stop-color stop-opacity stroke-dasharray stroke-dashoffset stroke-linecap stroke-linejoin stroke-miterlimit stroke-opacity stroke stroke-width surfacescale systemlanguage targetx targety transform transform-origin text-anchor text-decoration text-rendering textlength u1 u2 unicode values viewbox visibility vert-adv-y vert-origin-x vert-origin-y word-spacing writing-mode xchannelselector ychannelselector x x1 x2 xmlns y y1 y2 z zoomandpan';

const MATH_ATTRIBUTES =
  'accent accentunder bevelled close columnsalign columnlines columnspan denomalign depth displaystyle encoding fence largeop length linethickness lspace lquote mathbackground mathcolor mathsize mathvariant maxsize minsize movablelimits notation numalign rowalign rowlines rowspacing rspace rquote scriptlevel scriptminsize scriptsizemultiplier selection separator separators stretchy subscriptshift supscriptshift symmetric voffset';

const words = (...lists: string[]): string[] => [...new Set(lists.join(' ').split(' '))];

// Our own instance: its hooks must not reach the DOMPurify other parts of the app use.
const purify = createDOMPurify(window);

/** Ids our components give their own elements (`gr-3-input`, `df1-cell-0-1`): see app-html.ts. */
const OUR_IDS = /^(gr-|df\d)/i;

purify.addHook('afterSanitizeAttributes', (node) => {
  // The app's markup shares the shadow root with our blocks: an element of its own with one of
  // our ids would stand in for the one a label or a list points at (`<input id=gr-2-input>`).
  for (const name of ['id', 'name']) {
    const value = node.getAttribute(name);
    if (value && OUR_IDS.test(value)) node.setAttribute(name, `user-content-${value}`);
  }
  if (node.localName !== 'a') return;
  const href = node.getAttribute('href')?.trim();
  if (href && !href.startsWith('#')) {
    node.setAttribute('target', '_blank');
    node.setAttribute('rel', 'noopener noreferrer');
  }
});

const CONFIG = {
  ALLOWED_TAGS: ['#text', ...words(HTML_ELEMENTS, SVG_ELEMENTS, MATH_ELEMENTS)],
  ALLOWED_ATTR: words(HTML_ATTRIBUTES, SVG_ATTRIBUTES, MATH_ATTRIBUTES),
  ALLOW_DATA_ATTR: false,
  // Our one departure from Gradio's lists: a <meta http-equiv="refresh"> could navigate the host page.
  FORBID_ATTR: ['http-equiv'],
  // A dropped element takes its content with it, as in Gradio.
  KEEP_CONTENT: false,
};

/** Author HTML made safe to show, by Gradio's rules. */
export function sanitizeHtml(html: string): string {
  return purify.sanitize(html, CONFIG);
}
