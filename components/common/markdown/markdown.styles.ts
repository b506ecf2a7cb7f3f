import { css } from 'lit';

/**
 * Rendered Markdown as Gradio draws it (its `.prose` typography and `.md` code, math and
 * heading-anchor rules), for every block that shows Markdown: markdown, chatbot messages,
 * dataframe cells. App css= written against `.prose` and `.md` keeps working.
 */
export const markdownStyles = css`
  @layer gr.components {
    .prose {
      font-weight: var(--prose-text-weight, 400);
      font-size: var(--text-md);
      overflow-wrap: anywhere;
    }
    .prose * {
      color: var(--body-text-color);
    }
    .prose p {
      margin: 0 0 var(--spacing-sm);
      line-height: var(--line-lg, 1.625);
    }
    .md p:not(:first-child) {
      margin-top: var(--spacing-xxl);
    }
    .prose :is(h1, h2, h3, h4, h5, h6) {
      margin: var(--spacing-xxl) 0 var(--spacing-lg);
      font-weight: var(--prose-header-text-weight);
      line-height: 1.3;
    }
    .prose > :first-child {
      margin-top: 0;
    }
    .prose h1 {
      font-size: var(--text-xxl, 26px);
    }
    .prose h2 {
      font-size: var(--text-xl, 22px);
    }
    .prose h3 {
      font-size: var(--text-lg);
    }
    .prose h4 {
      font-size: 1.1em;
    }
    .prose h5 {
      font-size: 1.05em;
    }
    .prose ul {
      list-style: circle outside;
    }
    .prose ol {
      list-style: decimal outside;
    }
    .prose :is(ul, li) > p {
      display: inline;
    }
    .prose :is(ol, ul) {
      margin-top: 0;
      padding-inline-start: 1.5em;
    }
    .prose :is(ul, ol) :is(ul, ol) {
      margin: 0.5em 0;
      padding-inline-start: 2em;
      font-size: 90%;
    }
    .prose li {
      margin-bottom: 0.5em;
    }
    .prose :is(pre, blockquote, dl, figure, table, p, ul, ol, form) {
      margin-bottom: var(--spacing-md);
    }
    .prose :is(button, input, textarea, select, fieldset) {
      margin-bottom: var(--spacing-sm);
    }
    .prose table {
      margin-bottom: var(--spacing-xxl);
      border-collapse: collapse;
      word-break: break-word;
    }
    .prose :is(table, tr, td, th) {
      margin-top: var(--spacing-sm);
      border: 1px solid var(--body-text-color);
    }
    .prose :is(td, th) {
      padding: var(--text-xs, 10px) var(--text-md);
      text-align: start;
    }
    .prose a {
      color: var(--link-text-color);
      text-decoration: underline;
    }
    .prose a:visited {
      color: var(--link-text-color-visited, var(--link-text-color));
    }
    .prose a:hover {
      color: var(--link-text-color-hover, var(--link-text-color));
    }
    .prose a:active {
      color: var(--link-text-color-active, var(--link-text-color));
    }
    .prose hr {
      margin: 3em 0 3.5em;
      border: 0;
      border-top: 1px solid var(--border-color-primary);
    }
    .prose blockquote {
      margin: var(--size-6, 24px) 0;
      padding-left: var(--size-2, 8px);
      border-left: 5px solid var(--border-color-primary);
    }
    .prose img {
      max-width: 100%;
    }
    .prose :last-child {
      margin-bottom: 0;
    }

    /* Code: blocks with a copy button, inline spans. */
    .md :is(code, pre) {
      font-family: var(--font-mono);
      font-size: var(--text-sm);
      line-height: 1.5;
      text-align: left;
      tab-size: 2;
      hyphens: none;
      word-spacing: normal;
      overflow-wrap: normal;
      word-break: normal;
    }
    .md .code_wrap {
      position: relative;
    }
    .md pre {
      display: block;
      margin: var(--spacing-sm) 0;
      padding: var(--spacing-xxl);
      overflow: auto;
      border-radius: var(--radius-sm);
      background: var(--code-background-fill);
      white-space: pre;
    }
    .md pre code {
      background: none;
      white-space: pre;
    }
    .md :not(pre) > code {
      display: inline-flex;
      align-items: center;
      padding: var(--spacing-xxs, 1px) var(--spacing-xs, 2px);
      border: 1px solid var(--panel-border-color, var(--border-color-primary));
      border-radius: var(--radius-xs, 2px);
      background: var(--code-background-fill);
      line-height: 1.4;
      white-space: normal;
    }
    .md :is(h1, h2, h3, h4, h5, h6) > code {
      font-size: inherit;
      line-height: inherit;
    }
    .md .code_wrap > .md-copy {
      position: absolute;
      top: 0;
      right: 0;
      z-index: 1;
    }
    .md .md-copy .icon-button {
      display: inline-flex;
      align-items: center;
      justify-content: center;
      width: 25px;
      height: 25px;
      padding: var(--spacing-md, 6px);
      border: none;
      border-bottom-left-radius: var(--radius-sm);
      background: none;
      color: var(--body-text-color);
      cursor: pointer;
    }
    .md .md-copy .icon-button:focus-visible {
      outline: 2px solid var(--color-accent);
      outline-offset: -2px;
    }
    .md .md-copy .icon-button svg {
      width: 100%;
      height: 100%;
    }

    /* Heading anchors (header_links): a link icon in the margin, shown on hover and focus. */
    .md .md-header-anchor {
      display: inline-block;
      margin-inline-start: 0.3em;
      line-height: 1;
      vertical-align: middle;
      color: var(--body-text-color-subdued);
      opacity: 0;
    }
    .md .md-header-anchor > svg {
      display: block;
      width: 0.7em;
      height: 0.7em;
    }
    .md :is(h1, h2, h3, h4, h5, h6):hover > .md-header-anchor,
    .md .md-header-anchor:focus-visible {
      opacity: 1;
    }
    .md .md-header-anchor > svg {
      color: var(--body-text-color-subdued);
    }

    /* Math: TeX source until KaTeX has typeset it. */
    .md span.katex {
      font-size: var(--text-lg);
      direction: ltr;
    }
    .md .md-math:not(.md-math-typeset) {
      font-family: var(--font-mono);
      color: var(--body-text-color-subdued);
    }
    .md .md-math-display:not(.md-math-typeset) {
      display: block;
      text-align: center;
    }

    /* render_markdown=False: the text as written, newlines kept. */
    .md.plain {
      white-space: pre-line;
    }
  }
`;
