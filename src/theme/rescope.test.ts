import { describe, expect, it } from 'vitest';
import { rescopeCss, rescopeSelector, splitTopLevel } from './rescope.js';

const THEME = `
@import url('https://fonts.example/x.css');
@font-face {
    font-family: 'Source Sans Pro';
    src: url('static/fonts/SourceSansPro/SourceSansPro-Regular.woff2') format('woff2');
    font-weight: 400;
    font-style: normal;
}
:root { --body-text-color: #111; /* comment { } */ --block-radius: 4px; }
:root.dark, :root .dark { --body-text-color: #eee; }
@media (min-width: 600px) { :root { --layout-gap: 20px; } }
body { background: var(--body-background-fill); }
`;

describe('rescopeCss', () => {
  it('moves :root variables to the app wrapper and dark ones to the wrapper in dark mode', () => {
    const { css } = rescopeCss(THEME, 'http://app.example/theme.css?v=1');
    expect(css).toContain('.gradio-container{ --body-text-color: #111;');
    expect(css).toContain('.gradio-container.dark{ --body-text-color: #eee; }');
    expect(css).toContain('.gradio-container{ background: var(--body-background-fill); }');
    expect(css).not.toContain(':root');
    expect(css).not.toContain('@import');
    expect(css).not.toContain('@font-face');
    expect(css).toContain('@media (min-width: 600px)');
  });

  it('takes font faces out, with URLs resolved against the theme URL', () => {
    const { fonts } = rescopeCss(THEME, 'http://app.example/sub/theme.css?v=1');
    expect(fonts).toEqual([
      {
        family: 'Source Sans Pro',
        sources: ['http://app.example/sub/static/fonts/SourceSansPro/SourceSansPro-Regular.woff2'],
        descriptors: { weight: '400', style: 'normal' },
      },
    ]);
  });

  it('leaves ordinary selectors alone (they cannot leave the shadow root)', () => {
    expect(rescopeSelector('.gradio-container button')).toBe('.gradio-container button');
    expect(rescopeSelector('html .dark a')).toBe('.gradio-container.dark a');
    expect(rescopeSelector('body a')).toBe('.gradio-container a');
    expect(rescopeSelector('.dark')).toBe('.dark');
    expect(rescopeSelector('a')).toBe('a');
  });

  it('splits nested blocks by depth', () => {
    expect(splitTopLevel('a{b:c} @media x { d { e: f } } g{}').map((r) => r.prelude)).toEqual([
      'a',
      '@media x',
      'g',
    ]);
  });

  it('a rescoped sheet is valid CSS for a constructable sheet', () => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(rescopeCss(THEME, 'http://x/theme.css').css);
    expect(sheet.cssRules.length).toBe(4);
  });
});
