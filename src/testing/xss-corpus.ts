/**
 * An XSS corpus for the security suites: classic vectors, mutation XSS, SVG/MathML namespace
 * confusion, `javascript:`/`data:` URLs, CSS-based attacks and DOM clobbering of our own ids.
 *
 * Every payload that manages to run reports its id, in code written without quotes so it
 * survives every attribute context: to `window.__xssHit` when it runs in the page, else with
 * `parent.postMessage(<id>, "*")` (a frame of another origin can still post to its parent; the
 * `*` is `String.fromCharCode(42)`). `watchForXss` collects both.
 */

export interface XssPayload {
  id: string;
  /** What kind of vector it is (for reports). */
  kind: string;
  text: string;
}

/** `$A` in a vector is the action: a call that tells the test the payload ran. */
const VECTORS: [kind: string, template: string][] = [
  // Classic.
  ['script', '<script>$A</script>'],
  ['script', '<SCRIPT SRC=data:text/javascript,$A></SCRIPT>'],
  ['script', '<script/xss>$A</script>'],
  ['script', '<<script>$A//<</script>'],
  ['script', '<scr<script>ipt>$A</scr</script>ipt>'],
  ['handler', '<img src=x onerror=$A>'],
  ['handler', '<img src=x onerror="$A">'],
  ['handler', '<IMG SRC=x OnErRoR=$A>'],
  ['handler', '<img src="x" onerror\n=\n$A>'],
  ['handler', '<img/src/onerror=$A>'],
  ['handler', '<svg onload=$A>'],
  ['handler', '<svg/onload=$A>'],
  ['handler', '<body onload=$A>'],
  ['handler', '<iframe onload=$A></iframe>'],
  ['handler', '<input autofocus onfocus=$A>'],
  ['handler', '<select autofocus onfocus=$A></select>'],
  ['handler', '<textarea autofocus onfocus=$A></textarea>'],
  ['handler', '<details open ontoggle=$A><summary>s</summary></details>'],
  ['handler', '<video><source onerror=$A></video>'],
  ['handler', '<audio src=x onerror=$A></audio>'],
  ['handler', '<video src=x onerror=$A></video>'],
  ['handler', '<marquee onstart=$A>m</marquee>'],
  ['handler', '<div onmouseover=$A style="width:100%;height:100%">hover</div>'],
  ['handler', '<object data=x onerror=$A></object>'],
  ['handler', '<style onload=$A></style>'],
  ['handler', '<link rel=stylesheet href=x onerror=$A>'],
  ['handler', '<image src=x onerror=$A>'],
  ['handler', '<img src=x:x onerror=$A//'],
  ['handler', '<div style="animation-name:x" onanimationstart=$A></div>'],
  ['handler', '<form><button formaction=javascript:$A>b</button></form>'],
  // URLs.
  ['url', '<a href="javascript:$A">link</a>'],
  ['url', '<a href="JaVaScRiPt:$A">link</a>'],
  ['url', '<a href=" javascript:$A">link</a>'],
  ['url', '<a href="java&#x09;script:$A">link</a>'],
  ['url', '<a href="java\nscript:$A">link</a>'],
  ['url', '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;$A">link</a>'],
  ['url', '<a href="vbscript:$A">link</a>'],
  ['url', '<a href="data:text/html,<script>$A</script>">link</a>'],
  ['url', '<iframe src="javascript:$A"></iframe>'],
  ['url', '<iframe src="data:text/html,<script>$A</script>"></iframe>'],
  ['url', '<iframe srcdoc="<script>$A</script>"></iframe>'],
  ['url', '<iframe srcdoc="&lt;img src=x onerror=$A&gt;"></iframe>'],
  ['url', '<embed src="data:text/html,<script>$A</script>">'],
  ['url', '<object data="javascript:$A"></object>'],
  ['url', '<form action="javascript:$A"><input type=submit></form>'],
  ['url', '<math><a xlink:href="javascript:$A">m</a></math>'],
  ['url', '<svg><a xlink:href="javascript:$A"><text y=20>s</text></a></svg>'],
  ['url', '<svg><a href="javascript:$A"><text y=20>s</text></a></svg>'],
  ['url', '<area href="javascript:$A">'],
  ['url', '<base href="javascript:$A//">'],
  ['url', '<meta http-equiv="refresh" content="0;url=javascript:$A">'],
  ['url', '[md link](javascript:$A)'],
  ['url', '[md link](JAVASCRIPT:$A)'],
  ['url', '![md image](x" onerror="$A)'],
  ['url', '<javascript:$A>'],
  ['url', '[ref][r]\n\n[r]: javascript:$A'],
  // Mutation XSS and parser confusion.
  ['mxss', '<noscript><p title="</noscript><img src=x onerror=$A>">'],
  ['mxss', '<svg></p><style><a id="</style><img src=x onerror=$A>">'],
  ['mxss', '<math><mtext><table><mglyph><style><img src=x onerror=$A>'],
  ['mxss', '<math><mi><mglyph><svg><mtext><style><img src=x onerror=$A>'],
  ['mxss', '<form><math><mtext></form><form><mglyph><style></math><img src=x onerror=$A>'],
  ['mxss', '<svg><style><img src=x onerror=$A></style></svg>'],
  ['mxss', '<xmp><img src=x onerror=$A></xmp>'],
  ['mxss', '<title><img src=x onerror=$A></title>'],
  ['mxss', '<textarea></textarea><img src=x onerror=$A>'],
  ['mxss', '<template><img src=x onerror=$A></template>'],
  ['mxss', '<div><template shadowrootmode=open><img src=x onerror=$A></template></div>'],
  ['mxss', '<!--<img src="--><img src=x onerror=$A//">'],
  ['mxss', '<![CDATA[<img src=x onerror=$A>]]>'],
  ['mxss', '<a title="a&quot;><img src=x onerror=$A>">t</a>'],
  ['mxss', '<img src="x` `<script>$A</script>"` `>'],
  ['mxss', '<listing>&lt;img src=x onerror=$A&gt;</listing>'],
  ['mxss', '<table><td><img src=x onerror=$A></table>'],
  // SVG and MathML namespaces.
  ['svg', '<svg><script>$A</script></svg>'],
  ['svg', '<svg><script href="data:,$A"></script></svg>'],
  ['svg', '<svg><animate onbegin=$A attributeName=x dur=1s>'],
  ['svg', '<svg><set attributeName=onmouseover to=$A></set></svg>'],
  ['svg', '<svg><animate attributeName=href values=javascript:$A /><a><text y=20>c</text></a></svg>'],
  ['svg', '<svg><foreignObject><img src=x onerror=$A></foreignObject></svg>'],
  [
    'svg',
    '<svg><use href="data:image/svg+xml,<svg id=x xmlns=http://www.w3.org/2000/svg><image href=x onerror=$A /></svg>#x"/></svg>',
  ],
  ['svg', '<svg><image href=x onerror=$A /></svg>'],
  ['svg', '<svg><feImage href=x onerror=$A /></svg>'],
  ['math', '<math><maction actiontype=statusline xlink:href=javascript:$A>m</maction></math>'],
  ['math', '<math href="javascript:$A">m</math>'],
  ['math', '<math><style><img src=x onerror=$A></style></math>'],
  // CSS.
  ['css', '<style>@import "javascript:$A";</style>'],
  ['css', '<div style="background:url(javascript:$A)">bg</div>'],
  ['css', '<div style="width:expression($A)">ie</div>'],
  ['css', '<style>:host{display:none!important}</style>'],
  ['css', '<style>:host-context(body){display:none}</style>'],
  ['css', '<div style="position:fixed;inset:0;z-index:2147483647;background:red">overlay</div>'],
  ['css', '<style>*{position:fixed;top:0;left:0}</style>'],
  ['css', '<style>@font-face{font-family:Arial;src:url(x)}</style>'],
  ['css', '<div popover id=pop>top layer</div><button popovertarget=pop>p</button>'],
  // DOM clobbering of our ids and names, and of the page's globals.
  ['clobber', '<img name=cookie><form name=getElementById></form>'],
  ['clobber', '<a id=gradio_config href="javascript:$A">c</a>'],
  ['clobber', '<form id=__gradio_mode__><input name=value></form>'],
  ['clobber', '<div id="gr-1-input">clobber</div><input id=gr-2-label>'],
  ['clobber', '<label for=gr-3-input>fake label</label><input id=df1-cell-0-0>'],
  ['clobber', '<img name=currentScript><img id=defaultView>'],
  ['clobber', '<form id=top><input name=location></form>'],
  // Templates and handlebars-like text an app may echo.
  ['template', '${$A}'],
  ['template', '{{constructor.constructor("$A")()}}'],
  ['template', '`${$A}`'],
  ['template', '<div data-x="${$A}">t</div>'],
];

/** The call a payload makes when it runs: it posts its id to the top page, without quotes. */
function action(id: string): string {
  const codes = [...id].map((c) => c.charCodeAt(0)).join(',');
  const id_ = `String.fromCharCode(${codes})`;
  return `(window.__xssHit?__xssHit(${id_}):parent.postMessage(${id_},String.fromCharCode(42)))`;
}

function build(): XssPayload[] {
  const out: XssPayload[] = [];
  const add = (kind: string, template: string): void => {
    const id = `xss-${out.length}`;
    out.push({ id, kind, text: template.replace(/\$A/g, action(id)) });
  };
  for (const [kind, template] of VECTORS) add(kind, template);
  // The same vectors again in the places markdown puts them: a list item, a table cell, emphasis.
  for (const [kind, template] of VECTORS) add(`${kind}/list`, `- item\n- ${template}`);
  for (const [kind, template] of VECTORS)
    add(`${kind}/table`, `| a |\n|---|\n| ${template.replace(/\|/g, '\\|')} |`);
  return out;
}

export const XSS_CORPUS: readonly XssPayload[] = build();

/**
 * Records which payloads ran: listens for their messages on the top page. Also a global
 * function for payloads that run in the page itself and call it directly.
 */
export function watchForXss(): { hits: Set<string>; stop(): void } {
  const hits = new Set<string>();
  const ids = new Set(XSS_CORPUS.map((payload) => payload.id));
  const listener = (event: MessageEvent): void => {
    if (typeof event.data === 'string' && ids.has(event.data)) hits.add(event.data);
  };
  window.addEventListener('message', listener);
  const page = window as { __xssHit?: (id: string) => void };
  page.__xssHit = (id) => hits.add(id);
  return {
    hits,
    stop: () => {
      window.removeEventListener('message', listener);
      delete page.__xssHit;
    },
  };
}

/**
 * What in a rendered tree could still run code when a user interacts with it: handler
 * attributes, script elements, `javascript:`/`vbscript:`/`data:text/html` URLs, unsandboxed or
 * srcdoc frames, plugins, `<base>`, meta refresh. Returns descriptions; empty when clean.
 * (`url(javascript:…)` and `expression()` in styles are inert in every current browser; the
 * runtime check of the suites covers them.)
 * Walks open shadow roots too.
 */
export function latentCode(root: ParentNode): string[] {
  const found: string[] = [];
  const walk = (node: ParentNode): void => {
    for (const el of node.querySelectorAll('*')) {
      const tag = el.localName;
      if (tag === 'script' || tag === 'object' || tag === 'embed' || tag === 'base') found.push(`<${tag}>`);
      if (tag === 'meta' && /refresh/i.test(el.getAttribute('http-equiv') ?? ''))
        found.push('<meta refresh>');
      if (tag === 'iframe' || tag === 'frame') {
        if (el.hasAttribute('srcdoc')) found.push('iframe srcdoc');
        if (!el.hasAttribute('sandbox') && el.getAttribute('src')) found.push('iframe without sandbox');
      }
      for (const attr of el.attributes) {
        const name = attr.name.toLowerCase();
        if (name.startsWith('on')) found.push(`${tag}[${name}]`);
        if (/^(href|src|action|formaction|xlink:href|data|poster|background|to|values|from)$/.test(name)) {
          const value = [...attr.value]
            .filter((c) => c.charCodeAt(0) > 0x20)
            .join('')
            .toLowerCase();
          if (/^(javascript|vbscript):/.test(value) || /^data:text\/html/.test(value))
            found.push(`${tag}[${name}=${value.slice(0, 20)}]`);
        }
      }
      if ((el as Element & { shadowRoot: ShadowRoot | null }).shadowRoot) walk(el.shadowRoot!);
    }
  };
  walk(root);
  return found;
}
