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
    let fontFace = new FontFace(face.family, src, { display: 'swap', ...face.descriptors });
    if (fontFace.status === 'error') {
      fontFace.loaded.catch(() => undefined);
      fontFace = new FontFace(face.family, src, { display: 'swap', ...validDescriptors(face.descriptors) });
    }
    document.fonts.add(fontFace);
    added.set(key, fontFace);
  }
}

/**
 * The descriptors a stylesheet would keep. CSS drops an invalid declaration and keeps the face
 * (Gradio 5 writes `font-weight: Regular` for its monospace face, which its own page then uses
 * at the default weight); the FontFace constructor fails the whole face instead.
 */
function validDescriptors(descriptors: FontFaceDescriptors): FontFaceDescriptors {
  const kept: Record<string, string> = {};
  for (const [name, value] of Object.entries(descriptors) as [string, string][]) {
    const probe = new FontFace('gr-probe', 'url(#)', { [name]: value });
    probe.loaded.catch(() => undefined);
    if (probe.status !== 'error') kept[name] = value;
  }
  return kept;
}
