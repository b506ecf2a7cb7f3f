import type { FontFaceRule } from './rescope.js';

/** Font faces we added, by identity, so two embeds of one theme add each face once. */
const added = new Map<string, FontFace>();

/**
 * Registers the theme's fonts with the document's FontFace set: the only way a font reaches a
 * shadow root without writing a stylesheet into the host page. The browser downloads a face only
 * when text uses it. A face that does not say how it displays swaps: text shows at once in the
 * fallback font, never invisible while the face downloads (the browser's default blocks).
 */
export function registerFonts(faces: readonly FontFaceRule[]): void {
  if (typeof FontFace === 'undefined' || !document.fonts) return;
  for (const face of faces) {
    const key = JSON.stringify([face.family, face.sources, face.descriptors]);
    if (added.has(key)) continue;
    const src = face.sources.map((url) => `url("${url.replace(/"/g, '%22')}")`).join(', ');
    const fontFace = new FontFace(face.family, src, { display: 'swap', ...face.descriptors });
    document.fonts.add(fontFace);
    added.set(key, fontFace);
  }
}
