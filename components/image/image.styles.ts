import { css } from 'lit';

export const imageStyles = css`
  @layer gr.components {
    gr-image {
      display: block;
      position: relative;
      flex: 1 1 0%;
      min-width: min(160px, 100%);
    }
    gr-image > .block {
      display: flex;
      flex-direction: column;
      padding: 0;
      overflow: hidden;
    }
    gr-image > .block.dashed {
      border-style: dashed;
    }
    gr-image .image-container {
      position: relative;
      display: flex;
      flex: 1 1 auto;
      flex-direction: column;
      align-items: center;
      justify-content: center;
      width: 100%;
      min-height: 0;
    }
    gr-image gr-upload-zone {
      align-self: stretch;
      flex: 1 1 auto;
    }
    gr-image gr-upload-zone .drop {
      min-height: var(--size-60, 15rem);
      border: 0;
      border-radius: 0;
    }
    gr-image .fixed-height gr-upload-zone .drop {
      min-height: 0;
    }
    /* While an image is shown the zone only reports progress and refusals (a drop replaces). */
    gr-image gr-upload-zone.behind {
      position: absolute;
      right: 0;
      bottom: 0;
      left: 0;
      z-index: 2;
      flex: none;
      padding: 0 var(--spacing-md);
      background: var(--block-background-fill);
    }
    gr-image gr-upload-zone.behind .drop {
      display: none;
    }
    gr-image gr-upload-zone.behind:not(:has(.progress, .error)) {
      display: none;
    }
    gr-image gr-webcam {
      flex: 1 1 auto;
      min-height: var(--size-60, 15rem);
    }
    gr-image .image-frame {
      position: relative;
      display: flex;
      align-items: center;
      justify-content: center;
      width: 100%;
      height: 100%;
      min-height: 0;
    }
    gr-image .image-frame img {
      display: block;
      width: 100%;
      height: auto;
      object-fit: scale-down;
    }
    gr-image .fixed-height .image-frame img,
    gr-image:fullscreen .image-frame img,
    gr-image[data-expanded] .image-frame img {
      height: 100%;
    }
    gr-image .image-frame.selectable {
      cursor: crosshair;
    }
    gr-image .image-frame:focus-visible {
      outline: 2px solid var(--color-accent);
      outline-offset: -2px;
    }
    gr-image .crosshair {
      position: absolute;
      width: 15px;
      height: 15px;
      margin: -7px 0 0 -7px;
      border: 2px solid var(--color-accent);
      border-radius: 50%;
      box-shadow: 0 0 0 1px var(--block-background-fill);
      pointer-events: none;
    }
    gr-image .notice {
      padding: var(--spacing-sm) var(--spacing-md);
      color: var(--body-text-color-subdued);
      font-size: var(--text-sm);
      text-align: center;
    }
    gr-image .gr-source-select {
      flex: none;
    }
  }
`;
