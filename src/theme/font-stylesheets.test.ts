import { describe, expect, it } from 'vitest';
import { googleFontFaces, googleFontFamilies, googleFontSheets } from './font-stylesheets.js';
import { appFontFamily } from './rescope.js';

const CSS2 = 'https://fonts.googleapis.com/css2?family=Source+Sans+Pro:wght@400;600&display=swap';
const CSS1 = 'https://fonts.googleapis.com/css?family=IBM+Plex+Mono:400,600|Inter';

describe('font stylesheets of a Gradio 4 or 5 config', () => {
  it('are the Google Fonts URLs among the config stylesheets', () => {
    expect(googleFontSheets([CSS2, 'https://example.com/site.css', 'not a url', CSS1])).toEqual([CSS2, CSS1]);
  });

  it('name their families in their URLs, in both API versions', () => {
    expect(googleFontFamilies([CSS2, CSS1])).toEqual(['Source Sans Pro', 'IBM Plex Mono', 'Inter']);
    expect(
      googleFontFamilies(['https://fonts.googleapis.com/css2?family=Roboto&family=Noto+Sans:ital@1']),
    ).toEqual(['Roboto', 'Noto Sans']);
  });

  it("give their faces under the app's names, and none when a stylesheet cannot be had", async () => {
    const css = `@font-face { font-family: 'Source Sans Pro'; font-style: normal; font-weight: 400;
      src: url(https://fonts.gstatic.com/s/sourcesanspro/v22/latin.woff2) format('woff2');
      unicode-range: U+0000-00FF; }`;
    const sheet = `data:text/css,${encodeURIComponent(css)}`;
    const faces = await googleFontFaces(
      [sheet, 'http://127.0.0.1:9/unreachable.css'],
      'http://app.example/theme.css',
    );
    expect(faces).toEqual([
      {
        family: appFontFamily('Source Sans Pro', 'http://app.example/'),
        sources: ['https://fonts.gstatic.com/s/sourcesanspro/v22/latin.woff2'],
        descriptors: { weight: '400', style: 'normal', unicodeRange: 'U+0000-00FF' },
      },
    ]);
  });
});
