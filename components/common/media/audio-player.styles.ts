import { css } from 'lit';

export const audioPlayerStyles = css`
  @layer gr.components {
    gr-audio-player {
      display: block;
      width: 100%;
      padding: var(--size-3);
      color: var(--body-text-color);
    }
    gr-audio-player .native-player {
      display: block;
      width: 100%;
    }
    gr-audio-player .waveform {
      position: relative;
      width: 100%;
      min-height: 50px;
      border-radius: var(--radius-sm);
    }
    gr-audio-player .waveform:focus-visible {
      outline: 2px solid var(--color-accent);
      outline-offset: 2px;
    }
    gr-audio-player .timestamps {
      display: flex;
      justify-content: space-between;
      align-items: center;
      padding: var(--size-1) 0;
      color: var(--body-text-color-subdued);
      font-size: var(--text-sm);
      font-variant-numeric: tabular-nums;
    }
    gr-audio-player .trim-duration {
      margin-right: var(--spacing-sm);
      color: var(--color-accent);
    }
    gr-audio-player .subtitle {
      max-width: 600px;
      margin: var(--size-2) auto;
      padding: var(--size-1) var(--size-2);
      color: var(--body-text-color-subdued);
      font-size: var(--text-lg);
      line-height: 1.3;
      text-align: center;
      white-space: pre-line;
    }
    gr-audio-player .controls {
      display: grid;
      grid-template-columns: 1fr auto 1fr;
      align-items: center;
      gap: var(--spacing-md);
      margin-top: 5px;
    }
    gr-audio-player .controls.native {
      display: flex;
      justify-content: flex-end;
    }
    gr-audio-player .group {
      display: flex;
      align-items: center;
      gap: var(--spacing-md);
    }
    gr-audio-player .group.right {
      justify-content: flex-end;
    }
    gr-audio-player .action {
      display: inline-flex;
      align-items: center;
      justify-content: center;
      min-width: var(--size-6);
      height: var(--size-6);
      padding: 0;
      border: none;
      background: none;
      color: var(--body-text-color-subdued);
      font-size: var(--text-lg);
      cursor: pointer;
    }
    gr-audio-player .action.play {
      min-width: var(--size-8);
      font-size: var(--text-xl);
    }
    gr-audio-player .action:hover,
    gr-audio-player .action:focus-visible,
    gr-audio-player .action[aria-pressed='true'],
    gr-audio-player .action[aria-expanded='true'] {
      color: var(--color-accent);
    }
    gr-audio-player .action:disabled {
      cursor: default;
      opacity: 0.5;
    }
    gr-audio-player .action.speed,
    gr-audio-player .text-button {
      height: var(--size-5);
      padding: 0 5px;
      border: 1px solid var(--neutral-400);
      border-radius: var(--radius-sm);
      color: var(--body-text-color-subdued);
      font-size: var(--size-3);
      font-weight: bold;
    }
    gr-audio-player .text-button {
      background: none;
      cursor: pointer;
    }
    gr-audio-player .action.speed {
      min-width: 5.5ch;
    }
    gr-audio-player .text-button:hover,
    gr-audio-player .text-button:focus-visible,
    gr-audio-player .action.speed:hover {
      border-color: var(--color-accent);
      color: var(--color-accent);
    }
    gr-audio-player .volume {
      width: var(--size-20);
      accent-color: var(--color-accent);
    }
    gr-audio-player .trim-fields {
      display: flex;
      justify-content: flex-end;
      gap: var(--spacing-lg);
      margin-top: var(--spacing-md);
      color: var(--body-text-color-subdued);
      font-size: var(--text-sm);
    }
    gr-audio-player .trim-fields input {
      width: 6em;
      margin: 0 var(--spacing-xs);
      padding: 0 var(--spacing-xs);
      border: 1px solid var(--input-border-color);
      border-radius: var(--radius-sm);
      background: var(--input-background-fill);
      color: var(--body-text-color);
    }
    gr-audio-player .media-error {
      margin-top: var(--spacing-md);
      padding: var(--spacing-md);
      border: 1px solid var(--error-border-color);
      border-radius: var(--radius-sm);
      background: var(--error-background-fill);
      color: var(--error-text-color);
      font-size: var(--text-sm);
    }
    @media (max-width: 600px) {
      gr-audio-player .controls {
        grid-template-columns: 1fr 1fr;
      }
      gr-audio-player .group.center {
        grid-column: 1 / -1;
        justify-content: center;
      }
    }
  }
`;
