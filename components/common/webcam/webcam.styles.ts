import { css } from 'lit';

export const webcamStyles = css`
  @layer gr.components {
    gr-webcam {
      display: flex;
      flex-direction: column;
      width: 100%;
      height: 100%;
      min-height: var(--size-60, 15rem);
    }
    gr-webcam .access,
    gr-webcam .camera-error {
      display: flex;
      flex: 1 1 auto;
      flex-direction: column;
      align-items: center;
      justify-content: center;
      gap: var(--spacing-lg);
      width: 100%;
      min-height: var(--size-60, 15rem);
      padding: var(--spacing-xl);
      border: 0;
      background: none;
      color: var(--block-label-text-color);
      font-size: var(--text-lg);
      text-align: center;
    }
    gr-webcam .access {
      cursor: pointer;
    }
    gr-webcam .access:focus-visible,
    gr-webcam button:focus-visible,
    gr-webcam select:focus-visible {
      outline: 2px solid var(--color-accent);
      outline-offset: 2px;
    }
    gr-webcam .camera-error {
      color: var(--error-text-color);
      font-size: var(--text-md);
    }
    gr-webcam .access-icon {
      display: inline-flex;
      font-size: 30px;
    }
    gr-webcam .retry {
      padding: var(--spacing-sm) var(--spacing-lg);
      border: 1px solid var(--border-color-primary);
      border-radius: var(--radius-sm);
      background: var(--button-secondary-background-fill);
      color: var(--button-secondary-text-color);
      cursor: pointer;
    }
    gr-webcam .live {
      position: relative;
      flex: 1 1 auto;
      width: 100%;
      height: 100%;
      min-height: 0;
    }
    gr-webcam video {
      display: block;
      width: 100%;
      height: 100%;
      max-height: 100%;
      object-fit: contain;
    }
    gr-webcam video[data-mirror] {
      transform: scaleX(-1);
    }
    gr-webcam .controls {
      position: absolute;
      bottom: var(--size-2, 0.5rem);
      left: 50%;
      display: flex;
      align-items: center;
      gap: var(--size-2, 0.5rem);
      padding: var(--size-1, 0.25rem);
      transform: translateX(-50%);
      border: 1px solid var(--border-color-primary);
      border-radius: var(--radius-xl);
      background: var(--block-background-fill);
      box-shadow: var(--shadow-drop-lg);
      color: var(--button-secondary-text-color);
    }
    gr-webcam .shutter {
      display: inline-flex;
      align-items: center;
      justify-content: center;
      width: var(--size-11, 2.75rem);
      height: var(--size-11, 2.75rem);
      padding: 0;
      border: 0;
      border-radius: var(--radius-full, 999px);
      background: none;
      font-size: 20px;
      cursor: pointer;
    }
    gr-webcam .record {
      display: inline-flex;
      align-items: center;
      gap: var(--spacing-md);
      min-height: var(--size-10, 2.5rem);
      padding: 0 var(--spacing-xl);
      border: 0;
      background: none;
      cursor: pointer;
    }
    gr-webcam .record-icon {
      display: inline-flex;
      color: var(--primary-600, #ea580c);
    }
    gr-webcam .device {
      max-width: var(--size-52, 13rem);
      padding: var(--spacing-sm);
      border: 1px solid var(--border-color-primary);
      border-radius: var(--radius-lg);
      background: var(--block-background-fill);
      color: inherit;
    }
    gr-webcam .time-limit {
      position: absolute;
      top: 0;
      left: 0;
      z-index: 1;
      width: 100%;
      height: 4px;
      background: var(--primary-600, #ea580c);
      transform-origin: left;
      animation: gr-webcam-countdown var(--_duration) linear forwards;
    }
    @keyframes gr-webcam-countdown {
      from {
        transform: scaleX(1);
      }
      to {
        transform: scaleX(0);
      }
    }
  }
`;
