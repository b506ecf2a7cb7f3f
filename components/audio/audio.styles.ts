import { css } from 'lit';

export const audioStyles = css`
  @layer gr.components {
    gr-audio {
      display: block;
      position: relative;
      flex: 1 1 0%;
      min-width: min(160px, 100%);
    }
    gr-audio > .block {
      display: flex;
      flex-direction: column;
      padding: 0;
      overflow: hidden;
    }
    gr-audio > .block.dashed {
      border-style: dashed;
    }
    gr-audio .audio-content {
      display: flex;
      flex-direction: column;
      justify-content: center;
    }
    gr-audio .audio-content.empty {
      min-height: var(--size-32, 8rem);
      padding-top: calc(var(--block-label-margin) + 1.5rem);
    }
    gr-audio gr-upload-zone {
      flex: 1 1 auto;
      margin: 0 var(--spacing-md) var(--spacing-md);
    }
    gr-audio gr-upload-zone .drop {
      border: none;
    }
    gr-audio .recorder {
      position: relative;
      display: flex;
      flex-direction: column;
      gap: var(--spacing-md);
      margin: var(--spacing-lg) var(--spacing-xl) var(--spacing-xl);
    }
    gr-audio .live-wave {
      width: 100%;
      height: 50px;
    }
    gr-audio .recorder-controls {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: var(--spacing-md);
    }
    gr-audio .record-buttons {
      display: flex;
      align-items: center;
      gap: var(--spacing-md);
    }
    gr-audio .record-button,
    gr-audio .stop-button,
    gr-audio .resume-button,
    gr-audio .pause-button {
      display: inline-flex;
      align-items: center;
      gap: var(--spacing-md);
      height: var(--size-8);
      padding: 0 var(--spacing-xl) 0 var(--spacing-lg);
      border: 1px solid var(--block-border-color);
      border-radius: var(--button-large-radius);
      background: var(--block-background-fill);
      color: var(--body-text-color);
      font-size: var(--text-md);
      cursor: pointer;
    }
    gr-audio .pause-button {
      padding: 0 var(--spacing-md);
    }
    gr-audio .record-button:hover,
    gr-audio .stop-button:hover,
    gr-audio .resume-button:hover,
    gr-audio .pause-button:hover {
      border-color: var(--color-accent);
    }
    gr-audio .record-button:disabled {
      cursor: default;
      opacity: 0.6;
    }
    gr-audio .dot {
      display: inline-flex;
      color: var(--primary-600, var(--color-accent));
    }
    gr-audio .stop-button:not(.paused) .dot {
      animation: gr-audio-pulse 1800ms infinite;
    }
    gr-audio .elapsed,
    gr-audio .saving {
      color: var(--body-text-color-subdued);
      font-size: var(--text-sm);
      font-variant-numeric: tabular-nums;
    }
    gr-audio .device-select {
      max-width: var(--size-40, 10rem);
      height: var(--size-8);
      padding: 0 var(--spacing-xxl) 0 var(--spacing-md);
      border: 1px solid var(--block-border-color);
      border-radius: var(--button-large-radius);
      background: var(--block-background-fill);
      color: var(--body-text-color);
      font-size: var(--text-md);
      text-overflow: ellipsis;
    }
    gr-audio .streaming-bar {
      position: absolute;
      top: calc(-1 * var(--spacing-xl));
      left: 0;
      height: 4px;
      width: 100%;
      background: var(--color-accent);
      transform-origin: left;
      animation: gr-audio-countdown linear forwards;
    }
    gr-audio .media-message {
      margin: 0 var(--spacing-md) var(--spacing-md);
      padding: var(--spacing-md);
      border: 1px solid var(--error-border-color);
      border-radius: var(--radius-sm);
      background: var(--error-background-fill);
      color: var(--error-text-color);
      font-size: var(--text-sm);
    }
    @keyframes gr-audio-pulse {
      0%,
      100% {
        opacity: 1;
      }
      50% {
        opacity: 0.35;
      }
    }
    @keyframes gr-audio-countdown {
      from {
        transform: scaleX(1);
      }
      to {
        transform: scaleX(0);
      }
    }
  }
`;
