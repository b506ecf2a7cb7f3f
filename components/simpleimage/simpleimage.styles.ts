import { css } from 'lit';

export const simpleimageStyles = css`
  @layer gr.components {
    gr-simpleimage {
      display: block;
      position: relative;
      flex: 1 1 0%;
      min-width: min(160px, 100%);
    }
    gr-simpleimage > .block {
      display: flex;
      flex-direction: column;
      padding: 0;
      overflow: hidden;
    }
    gr-simpleimage > .block.dashed {
      border-style: dashed;
    }
    gr-simpleimage gr-upload-zone .drop {
      min-height: var(--size-60, 15rem);
      border: 0;
    }
    gr-simpleimage .image-frame {
      display: flex;
      align-items: center;
      justify-content: center;
      width: 100%;
    }
    gr-simpleimage .image-frame img {
      display: block;
      width: 100%;
      height: auto;
      object-fit: scale-down;
    }
  }
`;
