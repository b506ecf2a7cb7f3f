import { describe, expect, it } from 'vitest';
import { appFontFamily, rescopeCss, rescopeSelector, splitTopLevel } from './rescope.js';

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
        family: appFontFamily('Source Sans Pro', 'http://app.example/'),
        sources: ['http://app.example/sub/static/fonts/SourceSansPro/SourceSansPro-Regular.woff2'],
        descriptors: { weight: '400', style: 'normal' },
      },
    ]);
  });

  it("registers the app's faces under names of their own, and renames every use of them", () => {
    const family = appFontFamily('Arial', 'http://app.example/');
    expect(family).not.toBe('Arial');
    expect(appFontFamily('Arial', 'http://other.example/x')).not.toBe(family);
    const { css, fonts } = rescopeCss(
      `@font-face { font-family: Arial; src: url(evil.woff2); }
       :root { --font: 'Arial', ui-sans-serif; }
       .a { font-family: Arial, sans-serif; } .b { font: 12px "Arial"; } .c { font-family: Helvetica; }`,
      'http://app.example/css',
    );
    expect(fonts.map((f) => f.family)).toEqual([family]);
    expect(css).toContain(`--font: "${family}", ui-sans-serif`);
    expect(css).toContain(`font-family: "${family}", sans-serif`);
    expect(css).toContain(`font: 12px "${family}"`);
    expect(css).toContain('font-family: Helvetica');
    expect(css.replaceAll(family, '')).not.toContain('Arial');
  });

  it('renames families whose faces come from other stylesheets too (a Gradio 5 theme and its Google fonts)', () => {
    const family = appFontFamily('Source Sans Pro', 'http://app.example/');
    const { css, fonts } = rescopeCss(
      ":root { --font: 'Source Sans Pro', ui-sans-serif, system-ui; --font-mono: 'IBM Plex Mono', monospace; }",
      'http://app.example/theme.css',
      ['Source Sans Pro'],
    );
    expect(fonts).toEqual([]);
    expect(css).toContain(`--font: "${family}", ui-sans-serif, system-ui`);
    expect(css).toContain("--font-mono: 'IBM Plex Mono', monospace");
  });

  it('drops rules for :host, which would restyle the element in the host page', () => {
    const { css } = rescopeCss(
      ':host { position: fixed; inset: 0 } .a, :host(.x) { color: red } @media screen { :host-context(body) { display: none } .b { color: blue } }',
      'http://app.example/',
    );
    expect(css).not.toContain(':host');
    expect(css).toContain('.a{ color: red }');
    expect(css).toContain('.b{ color: blue }');
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
