import { css } from 'lit';

export const uploadbuttonStyles = css`
  @layer gr.components {
    gr-uploadbutton {
      display: flex;
      flex-direction: column;
      position: relative;
      flex: 1 1 0%;
      min-width: min(160px, 100%);
    }
    gr-uploadbutton .icon {
      width: 1.2em;
      height: 1.2em;
    }
    gr-uploadbutton .error {
      margin-top: var(--spacing-sm);
      color: var(--error-text-color);
      font-size: var(--text-sm);
    }
  }
`;
