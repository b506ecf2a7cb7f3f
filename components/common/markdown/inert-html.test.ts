import { describe, expect, it } from 'vitest';
import { isInertHtml } from './inert-html.js';
import { sanitizeHtml } from './sanitize.js';
import { XSS_CORPUS } from '../../../src/testing/xss-corpus.js';

/** The nodes an HTML string makes, as a tree the browser compares. */
function tree(html: string): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = html;
  return template.content;
}

const INERT = [
  "<h1 style='text-align: center; margin-bottom: 1rem'>Greeter</h1>",
  '<h1 style="text-align: center">Image Classifier</h1>',
  '<p>Some <b>bold</b>, <em class="note">emphasis</em> and <span style="color: rgb(1, 2, 3)">colour</span></p>',
  '<div align="center">One<br>two<br/>three</div><hr>',
  '<H2>Upper case</H2>',
  '<p>Quotes " and \' are text</p>',
];

const NOT_INERT = [
  // Anything the sanitizer changes or drops.
  '<h1 onclick="x()">Title</h1>',
  '<h1 id="gr-1-input">Title</h1>',
  '<a href="https://example.com">link</a>',
  '<img src="x">',
  '<script>x()</script>',
  '<style>*{}</style>',
  '<gr-textbox></gr-textbox>',
  '<svg><g></g></svg>',
  // Entities, stray markup characters, malformed or unbalanced tags.
  '<p>Fish &amp; chips</p>',
  '<p>a > b</p>',
  '<p>a <b</p>',
  '<p><b>unclosed</p>',
  '<p>unclosed',
  '</p>',
  '<p/>',
  '<br>text</br>',
  '<p hidden>bare attribute</p>',
  '<p style=color:red>unquoted</p>',
  '<p class="a&quot;b">entity in a value</p>',
  // Styles that fetch or run (DOMPurify keeps them; we leave them to it anyway).
  '<p style="background: url(\'https://tracker.example/p.gif\')">x</p>',
  '<p style="background-image: image-set(x)">x</p>',
  '<p style="color: expression(alert(1))">x</p>',
  '<p style="co\\6c or: red">x</p>',
  '<p style="@import x">x</p>',
  '<!-- comment -->',
  '<p><!-- comment --></p>',
  '<![CDATA[x]]>',
];

describe('inert HTML', () => {
  it("accepts an Interface's title and plain text markup", () => {
    for (const html of INERT) expect(isInertHtml(html), html).toBe(true);
  });

  it('refuses anything the sanitizer would change, and anything in doubt', () => {
    for (const html of NOT_INERT) expect(isInertHtml(html), html).toBe(false);
  });

  it('what it accepts, the sanitizer leaves as it is', () => {
    for (const html of INERT) expect(tree(sanitizeHtml(html)).isEqualNode(tree(html)), html).toBe(true);
  });

  it('of the XSS corpus, accepts only payloads the sanitizer leaves as they are', () => {
    // Text with no tag at all (a Markdown link, a template) is inert as HTML: the renderer asks
    // about what marked made of it. Style-only overlays are kept by the sanitizer too; the
    // element's paint containment holds them.
    const changed = XSS_CORPUS.filter(
      (payload) =>
        isInertHtml(payload.text) && !tree(sanitizeHtml(payload.text)).isEqualNode(tree(payload.text)),
    );
    expect(changed.map((payload) => payload.id)).toEqual([]);
  });
});
