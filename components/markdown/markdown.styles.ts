import { css } from 'lit';

// The typography itself is the shared renderer's (components/common/markdown).
export const markdownStyles = css`
  @layer gr.components {
    gr-markdown {
      display: block;
      position: relative;
      min-width: 0;
    }
    gr-markdown > .block {
      max-width: 100%;
      transition: opacity 150ms;
    }
    gr-markdown > .block.padded {
      padding: var(--block-padding);
    }
    gr-markdown > .block > .icon-buttons {
      top: var(--spacing-sm);
      right: var(--spacing-sm);
    }
    gr-markdown > .block[dir='rtl'] > .icon-buttons {
      right: auto;
      left: var(--spacing-sm);
    }
    gr-markdown > .block.dimmed {
      opacity: 0.2;
    }
  }
`;
