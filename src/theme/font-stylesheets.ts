import { appFontFamily, fontFaces, type FontFaceRule } from './rescope.js';

/**
 * The font stylesheets a Gradio 4 or 5 config lists (`stylesheets`: its theme's Google fonts,
 * which Gradio's own page links into the document's head): the Google Fonts URLs among them.
 */
export function googleFontSheets(urls: readonly string[]): string[] {
  return urls.filter((url) => {
    try {
      const { hostname, pathname } = new URL(url);
      return hostname === 'fonts.googleapis.com' && /^\/css2?$/.test(pathname);
    } catch {
      return false;
    }
  });
}

/**
 * The families these Google Fonts URLs provide, read from the URLs themselves
 * (`css2?family=Source+Sans+Pro:wght@400;600`, `css?family=A:400|B`): the theme's references to
 * them are renamed as it is parsed, before any font stylesheet has been fetched.
 */
export function googleFontFamilies(urls: readonly string[]): string[] {
  return urls.flatMap((url) =>
    new URL(url).searchParams
      .getAll('family')
      .flatMap((value) => value.split('|'))
      .map((family) => family.split(':')[0]!.trim())
      .filter(Boolean),
  );
}

/** Each stylesheet's faces, fetched once per page. */
const fetched = new Map<string, Promise<FontFaceRule[]>>();

/**
 * The faces of these font stylesheets, under the names `rescopeCss` gave their families for the
 * app at `appBase` (see appFontFamily). A stylesheet that cannot be had gives none: the text
 * keeps its fallback font, as on a page whose font CDN is blocked.
 */
export async function googleFontFaces(urls: readonly string[], appBase: string): Promise<FontFaceRule[]> {
  const lists = await Promise.all(
    urls.map((url) => {
      let faces = fetched.get(url);
      if (!faces) {
        faces = fetch(url, { credentials: 'omit' })
          .then((response) => (response.ok ? response.text() : ''))
          .then((text) => fontFaces(text, url))
          .catch(() => []);
        fetched.set(url, faces);
      }
      return faces;
    }),
  );
  return lists.flat().map((face) => ({ ...face, family: appFontFamily(face.family, appBase) }));
}
