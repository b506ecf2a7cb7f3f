import { describe, expect, it } from 'vitest';
import { registerFonts } from './fonts.js';

/** The faces of `family` in the document's font set. */
const facesOf = (family: string): FontFace[] =>
  [...document.fonts].filter((face) => face.family.replace(/"/g, '') === family);

describe('registerFonts', () => {
  it('registers each face once, swapping, with its descriptors', () => {
    const face = {
      family: 'gr-test Source Sans Pro',
      sources: ['http://app.example/static/fonts/SourceSansPro-SemiBold.woff2'],
      descriptors: { weight: '600', style: 'italic' },
    };
    registerFonts([face]);
    registerFonts([face]);
    const faces = facesOf(face.family);
    expect(faces).toHaveLength(1);
    expect(faces[0]).toMatchObject({ weight: '600', style: 'italic', display: 'swap', status: 'unloaded' });
  });

  it('keeps a face whose stylesheet gave an invalid descriptor, as CSS does (Gradio 5: font-weight: Regular)', () => {
    registerFonts([
      {
        family: 'gr-test IBM Plex Mono',
        sources: ['http://app.example/static/fonts/IBMPlexMono/IBMPlexMono-Regular.woff2'],
        descriptors: { weight: 'Regular', style: 'normal' },
      },
      {
        family: 'gr-test IBM Plex Mono',
        sources: ['http://app.example/static/fonts/IBMPlexMono/IBMPlexMono-Bold.woff2'],
        descriptors: { weight: 'Bold', style: 'normal' },
      },
    ]);
    const faces = facesOf('gr-test IBM Plex Mono').map((face) => [face.weight, face.style, face.status]);
    // The invalid weight is dropped (the default, normal, stays); the face loads when text uses it.
    expect(faces).toEqual([
      ['normal', 'normal', 'unloaded'],
      ['bold', 'normal', 'unloaded'],
    ]);
  });
});
