import { css } from 'lit';

/**
 * Token colours for highlighted code, light and dark, in the palette Gradio's own Markdown
 * uses (its Prism themes), mapped onto highlight.js's token classes.
 */
export const highlightStyles = css`
  @layer gr.components {
    .md .hljs-comment,
    .md .hljs-quote,
    .md .hljs-meta .hljs-comment {
      color: slategray;
    }
    .md .hljs-punctuation,
    .md .hljs-tag {
      color: #999;
    }
    .md .hljs-number,
    .md .hljs-literal,
    .md .hljs-symbol,
    .md .hljs-bullet,
    .md .hljs-property,
    .md .hljs-name,
    .md .hljs-deletion,
    .md .hljs-selector-tag {
      color: #905;
    }
    .md .hljs-string,
    .md .hljs-char,
    .md .hljs-built_in,
    .md .hljs-addition,
    .md .hljs-attr,
    .md .hljs-attribute,
    .md .hljs-selector-id,
    .md .hljs-selector-class {
      color: #690;
    }
    .md .hljs-keyword,
    .md .hljs-doctag,
    .md .hljs-selector-pseudo,
    .md .hljs-section {
      color: #07a;
    }
    .md .hljs-title,
    .md .hljs-title.function_,
    .md .hljs-title.class_ {
      color: #dd4a68;
    }
    .md .hljs-regexp,
    .md .hljs-variable,
    .md .hljs-template-variable,
    .md .hljs-meta,
    .md .hljs-link {
      color: #e90;
    }
    .md .hljs-strong {
      font-weight: bold;
    }
    .md .hljs-emphasis {
      font-style: italic;
    }

    .dark .md .hljs-comment,
    .dark .md .hljs-quote {
      color: hsl(220, 10%, 50%);
    }
    .dark .md .hljs-punctuation,
    .dark .md .hljs-tag {
      color: hsl(220, 14%, 71%);
    }
    .dark .md .hljs-number,
    .dark .md .hljs-literal,
    .dark .md .hljs-symbol,
    .dark .md .hljs-bullet,
    .dark .md .hljs-attr {
      color: hsl(29, 54%, 61%);
    }
    .dark .md .hljs-keyword,
    .dark .md .hljs-doctag {
      color: hsl(286, 60%, 67%);
    }
    .dark .md .hljs-property,
    .dark .md .hljs-name,
    .dark .md .hljs-deletion,
    .dark .md .hljs-selector-tag,
    .dark .md .hljs-section {
      color: hsl(355, 65%, 65%);
    }
    .dark .md .hljs-string,
    .dark .md .hljs-char,
    .dark .md .hljs-built_in,
    .dark .md .hljs-addition,
    .dark .md .hljs-regexp,
    .dark .md .hljs-attribute,
    .dark .md .hljs-selector-id,
    .dark .md .hljs-selector-class {
      color: hsl(95, 38%, 62%);
    }
    .dark .md .hljs-title,
    .dark .md .hljs-title.function_,
    .dark .md .hljs-title.class_,
    .dark .md .hljs-variable,
    .dark .md .hljs-template-variable,
    .dark .md .hljs-selector-pseudo {
      color: hsl(207, 82%, 66%);
    }
    .dark .md .hljs-meta,
    .dark .md .hljs-link {
      color: hsl(187, 47%, 55%);
    }
  }
`;
