import ams from 'katex/dist/fonts/KaTeX_AMS-Regular.woff2?url&no-inline';
import caligraphicBold from 'katex/dist/fonts/KaTeX_Caligraphic-Bold.woff2?url&no-inline';
import caligraphic from 'katex/dist/fonts/KaTeX_Caligraphic-Regular.woff2?url&no-inline';
import frakturBold from 'katex/dist/fonts/KaTeX_Fraktur-Bold.woff2?url&no-inline';
import fraktur from 'katex/dist/fonts/KaTeX_Fraktur-Regular.woff2?url&no-inline';
import mainBold from 'katex/dist/fonts/KaTeX_Main-Bold.woff2?url&no-inline';
import mainBoldItalic from 'katex/dist/fonts/KaTeX_Main-BoldItalic.woff2?url&no-inline';
import mainItalic from 'katex/dist/fonts/KaTeX_Main-Italic.woff2?url&no-inline';
import main from 'katex/dist/fonts/KaTeX_Main-Regular.woff2?url&no-inline';
import mathBoldItalic from 'katex/dist/fonts/KaTeX_Math-BoldItalic.woff2?url&no-inline';
import mathItalic from 'katex/dist/fonts/KaTeX_Math-Italic.woff2?url&no-inline';
import sansBold from 'katex/dist/fonts/KaTeX_SansSerif-Bold.woff2?url&no-inline';
import sansItalic from 'katex/dist/fonts/KaTeX_SansSerif-Italic.woff2?url&no-inline';
import sans from 'katex/dist/fonts/KaTeX_SansSerif-Regular.woff2?url&no-inline';
import script from 'katex/dist/fonts/KaTeX_Script-Regular.woff2?url&no-inline';
import size1 from 'katex/dist/fonts/KaTeX_Size1-Regular.woff2?url&no-inline';
import size2 from 'katex/dist/fonts/KaTeX_Size2-Regular.woff2?url&no-inline';
import size3 from 'katex/dist/fonts/KaTeX_Size3-Regular.woff2?url&no-inline';
import size4 from 'katex/dist/fonts/KaTeX_Size4-Regular.woff2?url&no-inline';
import typewriter from 'katex/dist/fonts/KaTeX_Typewriter-Regular.woff2?url&no-inline';

/** KaTeX's faces (its stylesheet's @font-face rules), each a file of its own next to the chunks. */
const FACES: readonly [family: string, style: string, weight: string, url: string][] = [
  ['KaTeX_AMS', 'normal', '400', ams],
  ['KaTeX_Caligraphic', 'normal', '700', caligraphicBold],
  ['KaTeX_Caligraphic', 'normal', '400', caligraphic],
  ['KaTeX_Fraktur', 'normal', '700', frakturBold],
  ['KaTeX_Fraktur', 'normal', '400', fraktur],
  ['KaTeX_Main', 'normal', '700', mainBold],
  ['KaTeX_Main', 'italic', '700', mainBoldItalic],
  ['KaTeX_Main', 'italic', '400', mainItalic],
  ['KaTeX_Main', 'normal', '400', main],
  ['KaTeX_Math', 'italic', '700', mathBoldItalic],
  ['KaTeX_Math', 'italic', '400', mathItalic],
  ['KaTeX_SansSerif', 'normal', '700', sansBold],
  ['KaTeX_SansSerif', 'italic', '400', sansItalic],
  ['KaTeX_SansSerif', 'normal', '400', sans],
  ['KaTeX_Script', 'normal', '400', script],
  ['KaTeX_Size1', 'normal', '400', size1],
  ['KaTeX_Size2', 'normal', '400', size2],
  ['KaTeX_Size3', 'normal', '400', size3],
  ['KaTeX_Size4', 'normal', '400', size4],
  ['KaTeX_Typewriter', 'normal', '400', typewriter],
];

let registered = false;

/**
 * Adds KaTeX's faces to the document's FontFace set: @font-face inside a shadow root is ignored,
 * and nothing may be written into the host page's stylesheets. The browser fetches a face only
 * when typeset math uses it.
 */
export function registerKatexFonts(): void {
  if (registered || typeof FontFace === 'undefined' || !document.fonts) return;
  registered = true;
  for (const [family, style, weight, url] of FACES) {
    const src = `url("${new URL(url, import.meta.url).href}") format("woff2")`;
    document.fonts.add(new FontFace(family, src, { style, weight, display: 'block' }));
  }
}
