/**
 * Scopes a gr.HTML `css_template` to its block. Gradio nests the CSS in the block's id
 * (`#id { css }`), so bare declarations style the block's element and rules style its
 * descendants, but it cannot stop `& ~ *`, `:not(&)` or a stray `}` from styling the rest of the
 * page. Here the CSS is parsed first, every top-level rule that escaped the nesting is put back
 * inside it, and the result is fenced with `@scope`, whose rules can only style the block's
 * element and what is inside it.
 */
export function scopeCss(css: string, id: string): string {
  if (!css.trim()) return '';
  const selector = `#${CSS.escape(id)}`;
  const sheet = new CSSStyleSheet();
  try {
    sheet.replaceSync(`${selector} { ${css} }`);
  } catch {
    return '';
  }
  const fenced = 'CSSScopeRule' in globalThis;
  // Inside @scope a selector without :scope is read as a descendant of the root; `:scope#id`
  // is the root itself, with the id's specificity Gradio's rules have.
  const wrapper = fenced ? `:scope${selector}` : selector;
  const rules = [...sheet.cssRules].map((rule) =>
    rule instanceof CSSStyleRule && rule.selectorText === selector
      ? `${wrapper}${rule.cssText.slice(rule.selectorText.length)}`
      : `${wrapper} { ${rule.cssText} }`,
  );
  const body = rules.join('\n');
  return fenced ? `@scope (${selector}) {\n${body}\n}` : body;
}
