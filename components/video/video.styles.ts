import { css } from 'lit';

export const videoStyles = css`
  @layer gr.components {
    gr-video {
      display: block;
      position: relative;
      flex: 1 1 0%;
      min-width: min(160px, 100%);
    }
    gr-video > .block {
      display: flex;
      flex-direction: column;
      height: var(--video-height, auto);
      width: var(--video-width, 100%);
      max-width: 100%;
      padding: 0;
      overflow: hidden;
    }
    gr-video > .block.dashed {
      border-style: dashed;
    }
    gr-video .video-content {
      display: flex;
      flex: 1 1 auto;
      flex-direction: column;
      justify-content: center;
      min-height: var(--size-60, 15rem);
    }
    gr-video gr-video-player {
      --video-max-height: var(--video-height, 500px);
    }
    gr-video gr-upload-zone {
      flex: 1 1 auto;
      margin: calc(var(--block-label-margin) + var(--size-6, 1.5rem)) var(--spacing-md) var(--spacing-md);
    }
    gr-video gr-upload-zone .drop {
      border: none;
    }
    gr-video .webcam {
      position: relative;
      display: flex;
      flex: 1 1 auto;
      flex-direction: column;
      align-items: center;
      justify-content: center;
      min-height: var(--size-60, 15rem);
    }
    gr-video .webcam:has(video:not([hidden])) {
      background: var(--background-fill-secondary);
    }
    gr-video .preview {
      width: 100%;
      max-height: var(--video-height, 500px);
      object-fit: contain;
    }
    gr-video .preview.mirror {
      transform: scaleX(-1);
    }
    gr-video .camera-button {
      display: inline-flex;
      align-items: center;
      gap: var(--spacing-md);
      padding: var(--spacing-lg) var(--spacing-xl);
      border: none;
      background: none;
      color: var(--block-label-text-color);
      font-size: var(--text-lg);
      cursor: pointer;
    }
    gr-video .camera-button:hover,
    gr-video .camera-button:focus-visible {
      color: var(--body-text-color);
    }
    gr-video .webcam-controls {
      position: absolute;
      bottom: var(--size-2);
      left: 50%;
      display: flex;
      align-items: center;
      gap: var(--spacing-md);
      transform: translateX(-50%);
    }
    gr-video .record-button {
      display: inline-flex;
      align-items: center;
      gap: var(--spacing-md);
      height: var(--size-8);
      padding: 0 var(--spacing-xl) 0 var(--spacing-lg);
      border: 1px solid var(--block-border-color);
      border-radius: var(--button-large-radius);
      background: var(--block-background-fill);
      color: var(--body-text-color);
      cursor: pointer;
    }
    gr-video .record-button:disabled {
      cursor: default;
      opacity: 0.6;
    }
    gr-video .record-button .dot {
      display: inline-flex;
      color: var(--primary-600, var(--color-accent));
    }
    gr-video .record-button.recording .dot {
      animation: gr-video-pulse 1800ms infinite;
    }
    gr-video .elapsed,
    gr-video .saving {
      padding: 0 var(--spacing-sm);
      border-radius: var(--radius-sm);
      background: var(--block-background-fill);
      color: var(--body-text-color);
      font-size: var(--text-sm);
      font-variant-numeric: tabular-nums;
    }
    gr-video .device-select {
      max-width: var(--size-40, 10rem);
      height: var(--size-8);
      border: 1px solid var(--block-border-color);
      border-radius: var(--button-large-radius);
      background: var(--block-background-fill);
      color: var(--body-text-color);
    }
    gr-video .media-message {
      margin: var(--spacing-md);
      padding: var(--spacing-md);
      border: 1px solid var(--error-border-color);
      border-radius: var(--radius-sm);
      background: var(--error-background-fill);
      color: var(--error-text-color);
      font-size: var(--text-sm);
    }
    gr-video .trim-panel {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: flex-end;
      gap: var(--spacing-lg);
      padding: var(--spacing-md);
      color: var(--body-text-color-subdued);
      font-size: var(--text-sm);
    }
    gr-video .trim-panel input {
      width: 6em;
      margin: 0 var(--spacing-xs);
      padding: 0 var(--spacing-xs);
      border: 1px solid var(--input-border-color);
      border-radius: var(--radius-sm);
      background: var(--input-background-fill);
      color: var(--body-text-color);
    }
    gr-video .trim-duration {
      color: var(--color-accent);
      font-variant-numeric: tabular-nums;
    }
    gr-video .text-button {
      height: var(--size-6);
      padding: 0 var(--spacing-md);
      border: 1px solid var(--neutral-400);
      border-radius: var(--radius-sm);
      background: none;
      color: var(--body-text-color);
      font-weight: bold;
      cursor: pointer;
    }
    gr-video .text-button:hover,
    gr-video .text-button:focus-visible {
      border-color: var(--color-accent);
      color: var(--color-accent);
    }
    gr-video .trim-status {
      padding: var(--spacing-md);
      color: var(--body-text-color-subdued);
      font-size: var(--text-sm);
    }
    @keyframes gr-video-pulse {
      0%,
      100% {
        opacity: 1;
      }
      50% {
        opacity: 0.35;
      }
    }
  }
`;
