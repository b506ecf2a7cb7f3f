import { css } from 'lit';

export const model3dStyles = css`
  @layer gr.components {
    gr-model3d {
      display: block;
      position: relative;
      flex: 1 1 0%;
      min-width: min(160px, 100%);
    }
    gr-model3d > .block {
      display: flex;
      flex-direction: column;
      padding: 0;
      overflow: hidden;
    }
    gr-model3d > .block.dashed {
      border-style: dashed;
    }
    gr-model3d gr-upload-zone .drop {
      min-height: var(--size-60, 15rem);
      border: 0;
    }
    gr-model3d .model-area {
      position: relative;
      flex: 1 1 auto;
      width: 100%;
      height: var(--size-80, 20rem);
      min-height: 0;
    }
    gr-model3d > .block[style*='height'] .model-area {
      height: auto;
    }
    gr-model3d .model-canvas {
      display: block;
      width: 100%;
      height: 100%;
      outline: none;
      touch-action: none;
    }
    gr-model3d .model-canvas:focus-visible {
      box-shadow: inset 0 0 0 2px var(--color-accent);
    }
    gr-model3d .model-overlay {
      position: absolute;
      inset: 0;
      display: flex;
      align-items: center;
      justify-content: center;
      padding: var(--spacing-xl);
      background: var(--block-background-fill);
      color: var(--body-text-color-subdued);
      text-align: center;
    }
    gr-model3d .model-message {
      display: flex;
      flex-direction: column;
      align-items: center;
      justify-content: center;
      gap: var(--spacing-md);
      min-height: var(--size-40, 10rem);
      padding: var(--spacing-xl);
      color: var(--error-text-color);
      text-align: center;
    }
    gr-model3d .model-message svg {
      width: 30px;
      height: 30px;
      opacity: 0.6;
    }
    gr-model3d .icon-button:disabled {
      opacity: 0.4;
      cursor: default;
    }
  }
`;
