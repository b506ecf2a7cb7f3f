import createDOMPurify from 'dompurify';

/*
 * An app's own HTML without its code: what gr.HTML (value and templates), Markdown and Chatbot
 * with `sanitize_html=False` show when the host page has not trusted the app with its page
 * (`allow_js`). The markup stays as the app wrote it (styles, SVG, MathML, forms, media, frames
 * of other sites); what could run code or reach past the app goes:
 *
 * - scripts, event handler attributes, `javascript:`/`vbscript:` URLs and `data:` URLs outside
 *   media (DOMPurify's own rules), `<object>`, `<embed>`, `<base>`, `<meta>`, `<link>`;
 * - `srcdoc` frames (they would share the host page's origin); a frame keeps an http(s) `src`
 *   and is sandboxed without top navigation;
 * - `popover` attributes (the top layer would let the app draw over the host page);
 * - `:host` rules in `<style>` (they would restyle the `<gradio-app>` element in the host page);
 * - ids and names in our own namespaces (`gr-…`, `df<n>…`), renamed, so app markup cannot
 *   stand in for the elements our labels and lists point at.
 */

const purify = createDOMPurify(window);

/** Ids our components give their own elements (`gr-3-input`, `gr-html-2`, `df1-cell-0-1`). */
const OUR_IDS = /^(gr-|df\d)/i;

const FRAME_SANDBOX = 'allow-scripts allow-same-origin allow-forms allow-popups allow-presentation';

purify.addHook('uponSanitizeElement', (node, data) => {
  if (data.tagName === 'style' && node.textContent) node.textContent = withoutHostRules(node.textContent);
});

purify.addHook('afterSanitizeAttributes', (node) => {
  for (const name of ['id', 'name']) {
    const value = node.getAttribute(name);
    if (value && OUR_IDS.test(value)) node.setAttribute(name, `user-content-${value}`);
  }
  if (node.localName === 'iframe') {
    const src = node.getAttribute('src');
    let url: URL | null;
    try {
      url = src ? new URL(src, document.baseURI) : null;
    } catch {
      url = null;
    }
    if (!url || !/^https?:$/.test(url.protocol)) node.removeAttribute('src');
    // A frame of the host page's own origin with scripts and its origin could lift its sandbox.
    const sandbox =
      url && url.origin === location.origin ? FRAME_SANDBOX.replace(' allow-same-origin', '') : FRAME_SANDBOX;
    node.setAttribute('sandbox', sandbox);
  }
  if (node.localName === 'a' && node.getAttribute('target') === '_blank') {
    node.setAttribute('rel', 'noopener noreferrer');
  }
});

const CONFIG = {
  ADD_TAGS: ['iframe'],
  ADD_ATTR: ['target', 'allow', 'allowfullscreen', 'frameborder', 'scrolling', 'loading'],
  FORBID_TAGS: ['script', 'object', 'embed', 'base', 'meta', 'link', 'frame', 'frameset', 'noscript'],
  FORBID_ATTR: ['srcdoc', 'popover', 'popovertarget', 'popovertargetaction'],
  ALLOW_DATA_ATTR: true,
  ALLOW_UNKNOWN_PROTOCOLS: false,
};

/** The app's HTML, kept as markup, with everything that could run code taken out. */
export function codeFreeHtml(html: string): string {
  return purify.sanitize(html, CONFIG);
}

/**
 * CSS text without the rules that target the shadow host (`:host`, `:host()`, `:host-context()`),
 * at any depth: inside the app's root they would restyle the `<gradio-app>` element itself.
 * Text that does not parse as CSS is dropped.
 */
export function withoutHostRules(cssText: string): string {
  if (!/:host/i.test(cssText)) return cssText;
  const sheet = new CSSStyleSheet();
  try {
    sheet.replaceSync(cssText);
  } catch {
    return '';
  }
  return keptRules(sheet.cssRules);
}

function keptRules(rules: CSSRuleList): string {
  const out: string[] = [];
  for (const rule of rules) {
    if (rule instanceof CSSStyleRule) {
      if (/:host/i.test(rule.selectorText)) continue;
      if (rule.cssRules.length && /:host/i.test(rule.cssText)) {
        // Nested rules: keep the declarations, drop the nested rules that name the host.
        out.push(`${rule.selectorText}{${rule.style.cssText}${keptRules(rule.cssRules)}}`);
        continue;
      }
      out.push(rule.cssText);
    } else if (rule instanceof CSSGroupingRule && /:host/i.test(rule.cssText)) {
      const prelude = rule.cssText.slice(0, rule.cssText.indexOf('{'));
      out.push(`${prelude}{${keptRules(rule.cssRules)}}`);
    } else {
      out.push(rule.cssText);
    }
  }
  return out.join('\n');
}
