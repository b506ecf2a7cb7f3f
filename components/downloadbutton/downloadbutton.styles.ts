import { css } from 'lit';

export const downloadbuttonStyles = css`
  @layer gr.components {
    gr-downloadbutton {
      display: flex;
      position: relative;
      flex: 1 1 0%;
      min-width: min(160px, 100%);
    }
    gr-downloadbutton .icon {
      width: 1.2em;
      height: 1.2em;
    }
  }
`;
