import { css } from 'lit';

export const textboxStyles = css`
  @layer gr.components {
    gr-textbox {
      display: block;
      position: relative;
      flex: 1 1 0%;
      min-width: min(160px, 100%);
    }
    gr-textbox .block {
      display: flex;
      flex-direction: column;
      gap: var(--spacing-lg);
      height: 100%;
    }
    gr-textbox .input {
      resize: none;
      overflow-y: auto;
    }
    gr-textbox[generating] .block {
      border-color: var(--color-accent);
    }
  }
`;
