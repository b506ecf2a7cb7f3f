import { css } from 'lit';

export const markdownStyles = css`
  @layer gr.components {
    gr-markdown {
      display: block;
      position: relative;
      min-width: 0;
    }
    gr-markdown .prose {
      color: var(--body-text-color);
      font-size: var(--prose-text-size);
      line-height: 1.6;
      overflow-wrap: break-word;
    }
    gr-markdown .prose.block {
      padding: var(--block-padding);
      border: var(--block-border-width) solid var(--block-border-color);
      border-radius: var(--block-radius);
      background: var(--block-background-fill);
    }
    gr-markdown .prose.padded {
      padding: var(--block-padding);
    }
    gr-markdown .prose > :first-child {
      margin-top: 0;
    }
    gr-markdown .prose > :last-child {
      margin-bottom: 0;
    }
    gr-markdown :is(h1, h2, h3, h4, h5, h6) {
      margin: 1em 0 0.5em;
      font-weight: var(--prose-header-text-weight);
      line-height: 1.25;
      color: var(--body-text-color);
    }
    gr-markdown h1 {
      font-size: 2em;
    }
    gr-markdown h2 {
      font-size: 1.5em;
    }
    gr-markdown h3 {
      font-size: 1.25em;
    }
    gr-markdown p,
    gr-markdown ul,
    gr-markdown ol,
    gr-markdown pre,
    gr-markdown blockquote,
    gr-markdown table {
      margin: 0.75em 0;
    }
    gr-markdown a {
      color: var(--link-text-color);
    }
    gr-markdown code {
      padding: 0.1em 0.3em;
      border-radius: var(--radius-sm);
      background: var(--code-background-fill);
      font-family: var(--font-mono);
      font-size: 0.9em;
    }
    gr-markdown pre {
      padding: var(--spacing-lg);
      border-radius: var(--radius-sm);
      background: var(--code-background-fill);
      overflow-x: auto;
    }
    gr-markdown pre code {
      padding: 0;
      background: none;
    }
    gr-markdown blockquote {
      padding-left: var(--spacing-lg);
      border-left: 3px solid var(--border-color-primary);
      color: var(--body-text-color-subdued);
    }
    gr-markdown table {
      border-collapse: collapse;
    }
    gr-markdown th,
    gr-markdown td {
      padding: var(--spacing-sm) var(--spacing-lg);
      border: 1px solid var(--border-color-primary);
    }
    gr-markdown img {
      max-width: 100%;
    }
  }
`;
