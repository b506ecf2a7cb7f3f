import { css } from 'lit';

/**
 * The HTML block's chrome, and the typography (Gradio's `.prose`) and form styles (Gradio's
 * `.gradio-style`) its content gets with `apply_default_css`, as Gradio's global sheets give
 * them. All in our layer: the block's css_template and the app's css= win over any of it.
 */
export const htmlStyles = css`
  @layer gr.components {
    gr-html {
      display: block;
      position: relative;
      min-width: 0;
    }
    gr-html .block {
      padding: 0;
      overflow: visible;
    }
    gr-html .block.padded:not(.no-container) {
      padding: var(--block-padding);
    }
    gr-html .html-label svg {
      width: calc(var(--block-label-text-size) - 1px);
      height: calc(var(--block-label-text-size) - 1px);
      opacity: 0.8;
    }
    gr-html .html-label {
      gap: var(--size-2, 8px);
      line-height: var(--line-sm, 1.4);
      box-shadow: var(--block-label-shadow);
      font-weight: var(--block-label-text-weight);
      pointer-events: none;
    }
    gr-html .html-container {
      padding: var(--block-padding);
      transition: opacity 150ms;
    }
    gr-html .html-container.label-padding {
      padding-top: var(--spacing-xxl);
    }
    gr-html .html-container.pending {
      opacity: 0.2;
    }
    gr-html .html-content.has-children {
      display: flex;
      flex-direction: column;
      gap: var(--layout-gap);
    }
    gr-html .html-error {
      padding: 12px;
      border: 1px solid #fcc;
      border-radius: 4px;
      background-color: #fee;
      color: #c33;
      font-family: monospace;
      font-size: 13px;
    }
    gr-html .html-error strong {
      display: block;
      margin-bottom: 8px;
    }
    gr-html .html-error-message {
      white-space: pre-wrap;
      word-break: break-word;
    }

    /*
     * Gradio's page-wide reset (reset.css, Tailwind's preflight), which HTML written for Gradio
     * assumes: for this block's own markup only (never a child block's), at zero specificity
     * so the typography below and any css_template win.
     */
    gr-html :where(.html-content:not(.has-children), .html-part) :where(*, ::before, ::after) {
      border-width: 0;
      border-style: solid;
    }
    gr-html :where(.html-content:not(.has-children), .html-part) :where(h1, h2, h3, h4, h5, h6) {
      font-size: inherit;
      font-weight: inherit;
    }
    gr-html :where(.html-content:not(.has-children), .html-part) :where(a) {
      color: inherit;
      text-decoration: inherit;
    }
    gr-html
      :where(.html-content:not(.has-children), .html-part)
      :where(blockquote, dl, dd, h1, h2, h3, h4, h5, h6, hr, figure, p, pre, fieldset, ol, ul, menu) {
      margin: 0;
    }
    gr-html :where(.html-content:not(.has-children), .html-part) :where(ol, ul, menu, fieldset, legend) {
      padding: 0;
    }
    gr-html
      :where(.html-content:not(.has-children), .html-part)
      :where(button, input, optgroup, select, textarea) {
      margin: 0;
      padding: 0;
      color: inherit;
      font: inherit;
    }
    gr-html
      :where(.html-content:not(.has-children), .html-part)
      :where(button, [type='button'], [type='reset'], [type='submit']) {
      background-color: transparent;
      background-image: none;
    }
    gr-html :where(.html-content:not(.has-children), .html-part) :where(button, [role='button']) {
      cursor: pointer;
    }
    gr-html
      :where(.html-content:not(.has-children), .html-part)
      :where(img, svg, video, canvas, audio, iframe, embed, object) {
      display: block;
      vertical-align: middle;
    }
    gr-html :where(.html-content:not(.has-children), .html-part) :where(img, video) {
      max-width: 100%;
      height: auto;
    }
    gr-html :where(.html-content:not(.has-children), .html-part) :where(table) {
      border-color: inherit;
      text-indent: 0;
    }
    gr-html :where(.html-content:not(.has-children), .html-part) :where(hr) {
      height: 0;
      border-top-width: 1px;
      color: inherit;
    }

    /* Gradio's typography.css, for this block's content. */
    gr-html .prose {
      font-weight: var(--prose-text-weight);
      font-size: var(--text-md);
    }
    gr-html .prose * {
      color: var(--body-text-color);
    }
    gr-html .prose p {
      margin-bottom: var(--spacing-sm);
      line-height: var(--line-lg, 1.625);
    }
    gr-html .prose :is(h1, h2, h3, h4, h5) {
      margin: var(--spacing-xxl) 0 var(--spacing-lg);
      font-weight: var(--prose-header-text-weight);
      line-height: 1.3;
      color: var(--body-text-color);
    }
    gr-html .prose > :first-child {
      margin-top: 0;
    }
    gr-html .prose h1 {
      font-size: var(--text-xxl);
    }
    gr-html .prose h2 {
      font-size: var(--text-xl);
    }
    gr-html .prose h3 {
      font-size: var(--text-lg);
    }
    gr-html .prose h4 {
      font-size: 1.1em;
    }
    gr-html .prose h5 {
      font-size: 1.05em;
    }
    gr-html .prose ul {
      list-style: circle outside;
    }
    gr-html .prose ol {
      list-style: decimal outside;
    }
    gr-html .prose :is(ul, li) > p {
      display: inline;
    }
    gr-html .prose :is(ol, ul) {
      margin-top: 0;
      padding-inline-start: 1.5em;
    }
    gr-html .prose :is(ul, ol) :is(ul, ol) {
      margin: 0.5em 0;
      padding-inline-start: 2em;
      font-size: 90%;
    }
    gr-html .prose li {
      margin-bottom: 0.5em;
    }
    gr-html .prose :is(th, td) {
      padding: var(--text-xs) var(--text-md);
      border: 1px solid var(--body-text-color);
      text-align: left;
    }
    gr-html .prose :is(button, .button, input, textarea, select, fieldset) {
      margin-bottom: var(--spacing-sm);
    }
    gr-html .prose :is(pre, blockquote, dl, figure, table, p, ul, ol, form) {
      margin-bottom: var(--spacing-md);
    }
    gr-html .prose table {
      border-collapse: collapse;
      margin-bottom: var(--spacing-xxl);
    }
    gr-html .prose a {
      color: var(--link-text-color);
      text-decoration: underline;
    }
    gr-html .prose a:visited {
      color: var(--link-text-color-visited);
    }
    gr-html .prose a:hover {
      color: var(--link-text-color-hover);
    }
    gr-html .prose a:active {
      color: var(--link-text-color-active);
    }
    gr-html .prose hr {
      margin-top: 3em;
      margin-bottom: 3.5em;
      border-width: 0;
      border-top: 1px solid #e1e1e1;
    }
    gr-html .prose blockquote {
      margin: var(--size-6, 24px) 0;
      padding-left: var(--size-2, 8px);
      border-left: 5px solid var(--border-color-primary);
    }
    gr-html .prose :last-child {
      margin-bottom: 0;
    }

    /* Gradio's gradio-style.scss: form controls inside the content look like Gradio's. */
    gr-html .gradio-style :is(input[type='text'], input[type='number'], textarea) {
      padding: var(--input-padding);
      border: var(--input-border-width) solid var(--input-border-color);
      border-radius: var(--input-radius);
      outline: none;
      background: var(--input-background-fill);
      color: var(--body-text-color);
      font-weight: var(--input-text-weight);
      font-size: var(--input-text-size);
      line-height: var(--line-sm, 1.4);
    }
    gr-html .gradio-style :is(input[type='text'], input[type='number'], textarea):focus {
      border-color: var(--input-border-color-focus);
      background: var(--input-background-fill-focus);
      box-shadow: var(--input-shadow-focus);
    }
    gr-html .gradio-style :is(input[type='text'], input[type='number'], textarea)::placeholder {
      color: var(--input-placeholder-color);
    }
    gr-html .gradio-style :is(button, a) {
      padding: var(--size-0-5, 2px) var(--size-2, 8px);
      text-align: center;
      transition: var(--button-transition);
    }
    gr-html .gradio-style button {
      padding: var(--button-large-padding);
      border: var(--button-border-width) solid var(--button-secondary-border-color);
      border-radius: var(--button-large-radius);
      background: var(--button-secondary-background-fill);
      box-shadow: var(--button-secondary-shadow);
      color: var(--button-secondary-text-color);
      font-weight: var(--button-large-text-weight);
      font-size: var(--button-large-text-size);
    }
    gr-html .gradio-style button:hover {
      border-color: var(--button-secondary-border-color-hover);
      background: var(--button-secondary-background-fill-hover);
      box-shadow: var(--button-secondary-shadow-hover);
      color: var(--button-secondary-text-color-hover);
      transform: var(--button-transform-hover);
    }
    gr-html .gradio-style button:active {
      box-shadow: var(--button-secondary-shadow-active);
      transform: var(--button-transform-active);
    }
    gr-html .gradio-style :is(button[disabled], a.disabled) {
      opacity: 0.5;
      filter: grayscale(30%);
      cursor: not-allowed;
      transform: none;
    }
    gr-html .gradio-style input[type='checkbox'] {
      border: 1px solid var(--checkbox-border-color);
      border-radius: var(--checkbox-border-radius);
      background-color: var(--checkbox-background-color);
      box-shadow: var(--checkbox-shadow);
    }
    gr-html .gradio-style input[type='checkbox']:checked {
      border-color: var(--checkbox-border-color-focus);
      background-color: var(--checkbox-background-color-selected);
      background-image: var(--checkbox-check);
    }
    gr-html .gradio-style input[type='radio'] {
      border: var(--checkbox-border-width) solid var(--checkbox-border-color);
      border-radius: var(--radius-full);
      background-color: var(--checkbox-background-color);
      box-shadow: var(--checkbox-shadow);
    }
    gr-html .gradio-style input[type='radio']:checked {
      border-color: var(--checkbox-border-color-selected);
      background-color: var(--checkbox-background-color-selected);
      background-image: var(--radio-circle);
    }
  }
`;
