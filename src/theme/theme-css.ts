import type { AppConfig } from '../config/config-types.js';
import { rescopeCss } from './rescope.js';
import { registerFonts } from './fonts.js';

/** Sheets by theme URL: several embeds of one app (or theme) share one parsed sheet. */
const cache = new Map<string, Promise<CSSStyleSheet | null>>();

export function themeUrl(config: AppConfig): string {
  const query = config.themeHash ? `?v=${encodeURIComponent(config.themeHash)}` : '';
  return `${config.root}/theme.css${query}`;
}

/**
 * Fetches the app's theme.css and turns it into a sheet for the app's shadow root; its fonts go
 * to document.fonts. Resolves null when the theme cannot be had: the built-in tokens then apply.
 */
export function loadTheme(
  config: AppConfig,
  signal?: AbortSignal,
  headers?: Record<string, string>,
): Promise<CSSStyleSheet | null> {
  const url = themeUrl(config);
  let sheet = cache.get(url);
  if (!sheet) {
    sheet = fetch(url, { credentials: 'same-origin', signal, headers })
      .then((response) => (response.ok ? response.text() : null))
      .then((text) => {
        if (text === null) return null;
        const { css, fonts } = rescopeCss(text, url);
        registerFonts(fonts);
        const made = new CSSStyleSheet();
        made.replaceSync(`@layer gr.theme {\n${css}\n}`);
        return made;
      })
      .catch(() => null);
    cache.set(url, sheet);
    sheet.then((s) => s ?? cache.delete(url));
  }
  return sheet;
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
