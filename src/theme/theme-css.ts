import type { AppConfig } from '../config/config-types.js';
import { rescopeCss } from './rescope.js';
import { registerFonts } from './fonts.js';
import { googleFontFaces, googleFontFamilies, googleFontSheets } from './font-stylesheets.js';
import type { FontFaceRule } from './rescope.js';

/** Sheets by theme URL: several embeds of one app (or theme) share one parsed sheet. */
const cache = new Map<string, Promise<CSSStyleSheet | null>>();
/**
 * Each theme sheet's fonts, registered only once the app has drawn its first frame: its own
 * faces, and the font stylesheets its config lists (Gradio 4 and 5 take Google fonts from there).
 */
const fonts = new WeakMap<CSSStyleSheet, { faces: FontFaceRule[]; sheets: string[]; base: string }>();

export function themeUrl(config: AppConfig): string {
  const query = config.themeHash ? `?v=${encodeURIComponent(config.themeHash)}` : '';
  return `${config.root}/theme.css${query}`;
}

/**
 * Fetches the app's theme.css and turns it into a sheet for the app's shadow root; its fonts go
 * to document.fonts when `useThemeFonts` says the app renders. Resolves null when the theme cannot be had: the built-in tokens then apply.
 * `early` is the theme's text from a request started before the config was known
 * (src/loader.ts); when that failed, the theme is fetched from the config's root.
 */
export function loadTheme(
  config: AppConfig,
  signal?: AbortSignal,
  headers?: Record<string, string>,
  early?: Promise<string | null>,
): Promise<CSSStyleSheet | null> {
  const url = themeUrl(config);
  let sheet = cache.get(url);
  if (!sheet) {
    const fetchText = (): Promise<string | null> =>
      fetch(url, { credentials: 'same-origin', signal, headers }).then((response) =>
        response.ok ? response.text() : null,
      );
    sheet = (early ? early.then((text) => text ?? fetchText()) : fetchText())
      .then((text) => {
        if (text === null) return null;
        const sheets = googleFontSheets(config.stylesheets);
        const { css, fonts: faces } = rescopeCss(text, url, googleFontFamilies(sheets));
        const made = new CSSStyleSheet();
        made.replaceSync(`@layer gr.theme {\n${css}\n}`);
        fonts.set(made, { faces, sheets, base: url });
        return made;
      })
      .catch(() => null);
    cache.set(url, sheet);
    sheet.then((s) => s ?? cache.delete(url));
  }
  return sheet;
}

/**
 * Registers a theme's fonts with the document, as the app is about to render. Not while it
 * loads: the loading screen's text would start the font downloads (a face downloads once text
 * uses it), and they would compete with the app's code for the bandwidth.
 */
export function useThemeFonts(sheet: CSSStyleSheet | null): void {
  const theme = sheet && fonts.get(sheet);
  if (!theme) return;
  registerFonts(theme.faces);
  if (theme.sheets.length) void googleFontFaces(theme.sheets, theme.base).then(registerFonts);
}

/** The app's own css= as an unlayered sheet, so it beats every rule of ours. */
export function customCssSheet(css: string | null, root: string): CSSStyleSheet | null {
  if (!css) return null;
  // Page-level selectors (body, :root, .dark) are mapped onto the root like the theme's.
  const { css: scoped, fonts } = rescopeCss(css, `${root}/`);
  registerFonts(fonts);
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(scoped);
  return sheet;
}
