import { css } from 'lit';

export const paramviewerStyles = css`
  @layer gr.components {
    gr-paramviewer {
      display: block;
      position: relative;
      flex: 1 1 0%;
      min-width: min(160px, 100%);
      --_keyword: var(--gr-paramviewer-keyword-color, #07a);
      --_string: var(--gr-paramviewer-string-color, #690);
      --_number: var(--gr-paramviewer-number-color, #905);
      --_title: var(--gr-paramviewer-title-color, #dd4a68);
      --_comment: var(--gr-paramviewer-comment-color, slategray);
      --_punctuation: var(--gr-paramviewer-punctuation-color, #999);
    }
    :where(.dark) gr-paramviewer {
      --_keyword: var(--gr-paramviewer-keyword-color, hsl(286, 60%, 67%));
      --_string: var(--gr-paramviewer-string-color, hsl(95, 38%, 62%));
      --_number: var(--gr-paramviewer-number-color, hsl(29, 54%, 61%));
      --_title: var(--gr-paramviewer-title-color, hsl(207, 82%, 66%));
      --_comment: var(--gr-paramviewer-comment-color, hsl(220, 10%, 40%));
      --_punctuation: var(--gr-paramviewer-punctuation-color, hsl(220, 14%, 71%));
    }
    gr-paramviewer .paramviewer {
      display: grid;
      grid-template-rows: auto 1fr;
      width: 100%;
      overflow: hidden;
      border: var(--block-border-width) solid var(--block-border-color);
      border-radius: var(--block-radius);
      background: var(--block-background-fill);
      box-shadow: var(--block-shadow);
      color: var(--body-text-color);
      line-height: var(--line-sm, 1.4);
    }
    gr-paramviewer .header {
      display: flex;
      align-items: center;
      justify-content: space-between;
      padding: 0.7rem 1rem;
      border-bottom: 1px solid var(--table-border-color, var(--border-color-primary));
    }
    gr-paramviewer .title {
      font-size: var(--scale-0, 1rem);
      font-weight: 600;
    }
    gr-paramviewer .toggle-all {
      padding: 0;
      border: none;
      background: none;
      color: var(--body-text-color);
      cursor: pointer;
      font-size: 0.7em;
      line-height: 1;
      opacity: 0.7;
    }
    gr-paramviewer .toggle-all:hover {
      opacity: 1;
    }
    gr-paramviewer .param-content {
      min-height: 0;
      overflow-y: auto;
    }
    gr-paramviewer .param + .param {
      border-top: 1px solid var(--table-border-color, var(--border-color-primary));
    }
    gr-paramviewer summary {
      position: relative;
      padding: 0.7rem 2.5rem 0.7rem 2rem;
      background: var(--table-odd-background-fill, var(--background-fill-secondary));
      cursor: pointer;
      list-style: none;
    }
    gr-paramviewer summary::-webkit-details-marker {
      display: none;
    }
    gr-paramviewer summary::after {
      content: '▼' / '';
      position: absolute;
      top: 50%;
      right: 15px;
      font-size: 0.7em;
      opacity: 0.7;
      transform: translateY(-50%);
      transition: transform 0.3s ease;
    }
    gr-paramviewer details[open] summary::after {
      transform: translateY(-50%) rotate(180deg);
    }
    gr-paramviewer details[open] summary {
      border-bottom: 1px solid var(--table-border-color, var(--border-color-primary));
    }
    gr-paramviewer summary:focus-visible {
      outline: 2px solid var(--color-accent);
      outline-offset: -2px;
    }
    gr-paramviewer code {
      background: none;
      font-family: var(--font-mono);
      font-size: var(--text-md);
      white-space: pre-wrap;
      overflow-wrap: anywhere;
    }
    gr-paramviewer code a {
      color: var(--link-text-color-hover, var(--link-text-color));
      text-decoration: underline;
    }
    gr-paramviewer .param-link {
      position: absolute;
      top: 50%;
      left: 8px;
      color: var(--body-text-color);
      font-size: 14px;
      text-decoration: none;
      opacity: 0;
      transform: translateY(-50%);
      transition: opacity 0.2s;
    }
    gr-paramviewer summary:hover .param-link,
    gr-paramviewer .param-link:focus-visible {
      opacity: 0.7;
    }
    gr-paramviewer .default {
      padding: 0.2rem 1rem 0.3rem;
      border-bottom: 1px solid var(--table-border-color, var(--border-color-primary));
    }
    gr-paramviewer .default.last {
      border-bottom: none;
    }
    gr-paramviewer .default-label {
      padding-right: 4px;
      font-size: 0.7rem;
      font-weight: 600;
      text-transform: uppercase;
    }
    gr-paramviewer .description {
      padding: 0.7rem 1rem;
      font-family: var(--font);
      font-size: var(--scale-00, 0.875rem);
    }
    gr-paramviewer .description p {
      margin: 0;
    }
    gr-paramviewer .description a {
      color: var(--link-text-color);
    }
    gr-paramviewer .hljs-keyword,
    gr-paramviewer .hljs-built_in,
    gr-paramviewer .hljs-type {
      color: var(--_keyword);
    }
    gr-paramviewer .hljs-string {
      color: var(--_string);
    }
    gr-paramviewer .hljs-number,
    gr-paramviewer .hljs-literal {
      color: var(--_number);
    }
    gr-paramviewer .hljs-title,
    gr-paramviewer .hljs-title.class_,
    gr-paramviewer .hljs-title.function_ {
      color: var(--_title);
    }
    gr-paramviewer .hljs-comment,
    gr-paramviewer .hljs-meta {
      color: var(--_comment);
    }
    gr-paramviewer .hljs-punctuation,
    gr-paramviewer .hljs-operator {
      color: var(--_punctuation);
    }
  }
`;
