import { css } from 'lit';

export const jsonStyles = css`
  @layer gr.components {
    gr-json {
      display: block;
      position: relative;
      flex: 1 1 0%;
      min-width: min(160px, 100%);
      --_key: var(--gr-json-key-color, #d18770);
      --_text: var(--gr-json-text-color, #d18770);
      --_string: var(--gr-json-string-color, #ce9178);
      --_number: var(--gr-json-number-color, #719fad);
      --_bracket: var(--gr-json-bracket-color, #5d8585);
      --_square-bracket: var(--gr-json-square-bracket-color, #be6069);
      --_punctuation: var(--gr-json-punctuation-color, #8fbcbb);
      --_line-number: var(--gr-json-line-number-color, #6a737d);
    }
    :where(.dark) gr-json {
      --_bracket: var(--gr-json-bracket-color, #7eb4b3);
      --_number: var(--gr-json-number-color, #638d9a);
    }
    gr-json .block {
      display: flex;
      flex-direction: column;
      padding: 0;
      overflow: hidden;
    }
    gr-json .json-holder {
      flex: 1 1 auto;
      min-height: 0;
      padding: var(--size-2, 0.5rem);
      overflow: auto;
    }
    gr-json .json-tree,
    gr-json .json-tree ul {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    gr-json .json-tree {
      position: relative;
      padding-left: var(--size-14, 3.5rem);
      counter-reset: json-line;
      font-family: var(--font-mono);
      font-size: var(--text-sm);
      line-height: var(--line-md, 1.5);
      color: var(--body-text-color);
    }
    /* The gutter's separator, between the line numbers and the tree. */
    gr-json .json-tree::before {
      content: '';
      position: absolute;
      top: 0;
      bottom: 0;
      left: var(--size-11, 2.75rem);
      width: 1px;
      background: var(--_line-number);
    }
    gr-json .json-tree ul {
      padding-left: var(--size-4, 1rem);
    }
    gr-json .line {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 0 var(--spacing-sm);
      counter-increment: json-line;
    }
    /* Line numbers count the lines drawn, so they follow opening and closing. */
    gr-json .line::before {
      content: counter(json-line) / '';
      position: absolute;
      left: 0;
      width: var(--size-7, 1.75rem);
      overflow: hidden;
      color: var(--_line-number);
      text-align: right;
      user-select: none;
    }
    gr-json .node {
      outline: none;
    }
    gr-json .node:focus-visible > .line {
      outline: 2px solid var(--color-accent);
      outline-offset: -1px;
      border-radius: var(--radius-sm);
    }
    gr-json .toggle,
    gr-json .preview {
      cursor: pointer;
      user-select: none;
    }
    gr-json .toggle {
      width: 1em;
      margin-left: -1.25em;
      color: var(--body-text-color-subdued);
      font-size: 0.8em;
      text-align: center;
    }
    gr-json .preview {
      margin: 0 var(--spacing-sm);
      color: var(--body-text-color-subdued);
    }
    gr-json .preview:hover {
      text-decoration: underline;
    }
    gr-json .key {
      color: var(--_key);
    }
    gr-json .key.index {
      color: var(--_line-number);
    }
    gr-json .string {
      color: var(--_string);
      overflow-wrap: anywhere;
      white-space: pre-wrap;
    }
    gr-json .number {
      color: var(--_number);
    }
    gr-json .boolean,
    gr-json .null {
      color: var(--_text);
    }
    gr-json .punctuation {
      color: var(--_punctuation);
    }
    gr-json .punctuation.colon {
      margin-left: calc(-1 * var(--spacing-sm));
    }
    gr-json .bracket {
      color: var(--_bracket);
    }
    gr-json .bracket.square {
      color: var(--_square-bracket);
    }
    gr-json .line .punctuation:not(.colon) {
      margin-left: calc(-1 * var(--spacing-sm));
    }
    gr-json .show-more {
      padding: 0;
      border: 0;
      background: none;
      color: var(--link-text-color);
      cursor: pointer;
      font: inherit;
      text-decoration: underline;
    }
  }
`;
