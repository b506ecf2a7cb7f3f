/** A top-level rule of a stylesheet: its prelude (selector or at-rule) and its block body. */
interface TopRule {
  prelude: string;
  body: string;
}

/** Splits CSS text into top-level rules, by brace depth (comments removed first). */
export function splitTopLevel(cssText: string): TopRule[] {
  const text = cssText.replace(/\/\*[\s\S]*?\*\//g, '');
  const rules: TopRule[] = [];
  let depth = 0;
  let start = 0;
  let preludeEnd = -1;
  // From brace to brace or semicolon, not character by character: a theme is 20 KiB of CSS,
  // split on the first render's path.
  const marks = /[{};]/g;
  for (let mark = marks.exec(text); mark; mark = marks.exec(text)) {
    const i = mark.index;
    const ch = mark[0];
    if (ch === '{') {
      if (depth === 0) preludeEnd = i;
      depth++;
    } else if (ch === '}') {
      depth--;
      if (depth === 0) {
        rules.push({ prelude: text.slice(start, preludeEnd).trim(), body: text.slice(preludeEnd + 1, i) });
        start = i + 1;
      }
    } else if (ch === ';' && depth === 0) {
      // Statement at-rules (@import, @charset) have no block.
      rules.push({ prelude: text.slice(start, i).trim(), body: '' });
      start = i + 1;
    }
  }
  return rules.filter((r) => r.prelude);
}

/** The declarations of a font face, ready for the FontFace constructor. */
export interface FontFaceRule {
  family: string;
  /** Absolute URLs of the `src` entries, in order. */
  sources: string[];
  descriptors: FontFaceDescriptors;
}

function declarations(body: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const part of body.split(';')) {
    const colon = part.indexOf(':');
    if (colon > 0) map.set(part.slice(0, colon).trim().toLowerCase(), part.slice(colon + 1).trim());
  }
  return map;
}

function parseFontFace(body: string, baseUrl: string): FontFaceRule | null {
  const decl = declarations(body);
  const family = decl.get('font-family')?.replace(/^['"]|['"]$/g, '');
  const src = decl.get('src');
  if (!family || !src) return null;
  const sources = [...src.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)].map(
    (m) => new URL(m[2]!, baseUrl).href,
  );
  if (!sources.length) return null;
  const descriptors: FontFaceDescriptors = {};
  if (decl.has('font-weight')) descriptors.weight = decl.get('font-weight')!;
  if (decl.has('font-style')) descriptors.style = decl.get('font-style')!;
  if (decl.has('font-display')) descriptors.display = decl.get('font-display') as FontDisplay;
  if (decl.has('unicode-range')) descriptors.unicodeRange = decl.get('unicode-range')!;
  return { family, sources, descriptors };
}

/** Where page-level variables go: the wrapper inside the root, out of the host page's reach. */
const SCOPE = '.gradio-container';

/**
 * Maps a selector written for a whole page onto our shadow root: `:root`, `html` and `body`
 * become the app's wrapper, and their dark variants the wrapper in dark mode.
 */
export function rescopeSelector(selector: string): string {
  const s = selector.trim();
  if (/^(:root|html)(\.dark|\s+\.dark)$/.test(s)) return `${SCOPE}.dark`;
  if (s === ':root' || s === 'html' || s === 'body') return SCOPE;
  return s
    .replace(/^(:root|html)(\.dark|\s+\.dark)\s+/, `${SCOPE}.dark `)
    .replace(/^(:root|html|body)\s+/, `${SCOPE} `);
}

export interface RescopedCss {
  /** The rules, re-scoped for the app's shadow root. */
  css: string;
  fonts: FontFaceRule[];
}

/**
 * The family name an app's font face is registered under in the document's font set: its own
 * name there would be shared with the host page, whose text in that family (an app could name a
 * face "Arial") would then be drawn with the app's font.
 */
export function appFontFamily(family: string, baseUrl: string): string {
  let origin = baseUrl;
  try {
    origin = new URL(baseUrl).origin;
  } catch {
    // A base that is not a URL still names its faces apart from the page's.
  }
  let hash = 0;
  for (const ch of origin) hash = (Math.imul(hash, 31) + ch.charCodeAt(0)) | 0;
  return `gr-${(hash >>> 0).toString(36)} ${family}`;
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Renames these families wherever a declaration names them (quoted or not). */
function renameFamilies(css: string, families: ReadonlyMap<string, string>): string {
  let out = css;
  for (const [from, to] of families) {
    const name = escapeRegExp(from);
    out = out
      .replace(new RegExp(`(['"])${name}\\1`, 'gi'), `"${to}"`)
      .replace(new RegExp(`([:,]\\s*)${name}(?=\\s*[,;!}]|\\s*$)`, 'gim'), `$1"${to}"`);
  }
  return out;
}

/**
 * Re-scopes page-level CSS (a Gradio theme.css, an app's css=) for the app's shadow root:
 * variables from `:root` land on the app's wrapper,
 * dark ones on the wrapper in dark mode; `@font-face` rules are taken out (they do not work in a shadow root and go
 * through document.fonts instead, under family names of their own); `@import` is dropped
 * (constructable sheets reject it); rules for `:host` are dropped (they would restyle the
 * element in the host page). `elsewhere`: families whose faces come from other stylesheets.
 */
export function rescopeCss(cssText: string, baseUrl: string, elsewhere: readonly string[] = []): RescopedCss {
  const { css, fonts } = rescopeRules(cssText, baseUrl);
  // The app's faces go to the document under names of their own (see appFontFamily), and so do
  // the families `elsewhere` names: faces from other stylesheets (a Gradio 4 or 5 theme's Google
  // fonts), registered under the same names when they arrive.
  const named = [...fonts.map((face) => face.family), ...elsewhere];
  const families = new Map(named.map((family) => [family, appFontFamily(family, baseUrl)]));
  return {
    css: families.size ? renameFamilies(css, families) : css,
    fonts: fonts.map((face) => ({ ...face, family: families.get(face.family)! })),
  };
}

/** A stylesheet's `@font-face` rules (Google Fonts' CSS), under their own family names. */
export function fontFaces(cssText: string, baseUrl: string): FontFaceRule[] {
  return rescopeRules(cssText, baseUrl).fonts;
}

function rescopeRules(cssText: string, baseUrl: string): RescopedCss {
  const fonts: FontFaceRule[] = [];
  const out: string[] = [];
  for (const rule of splitTopLevel(cssText)) {
    const lower = rule.prelude.toLowerCase();
    if (lower.startsWith('@font-face')) {
      const face = parseFontFace(rule.body, baseUrl);
      if (face) fonts.push(face);
    } else if (lower.startsWith('@import') || lower.startsWith('@charset')) {
      continue;
    } else if (/^@(media|supports|layer|container)\b/.test(lower)) {
      // Conditional groups hold ordinary rules: re-scope inside them too.
      const inner = rescopeRules(rule.body, baseUrl);
      fonts.push(...inner.fonts);
      out.push(`${rule.prelude}{${inner.css}}`);
    } else if (lower.startsWith('@')) {
      out.push(`${rule.prelude}{${rule.body}}`);
    } else {
      // `:host` would be the <gradio-app> element itself, a box in the host page: never the app's.
      const selectors = rule.prelude
        .split(',')
        .filter((selector) => !/:host/i.test(selector))
        .map(rescopeSelector);
      if (selectors.length) out.push(`${[...new Set(selectors)].join(', ')}{${rule.body}}`);
    }
  }
  return { css: out.join('\n'), fonts };
}
