import { css } from 'lit';

export const videoPlayerStyles = css`
  @layer gr.components {
    gr-video-player {
      display: block;
      width: 100%;
      height: 100%;
    }
    gr-video-player .video-wrap {
      position: relative;
      width: 100%;
      height: 100%;
      border-radius: var(--radius-xl);
      background-color: var(--background-fill-secondary);
      overflow: hidden;
    }
    gr-video-player .frame {
      width: 100%;
      height: 100%;
    }
    gr-video-player .frame.mirror {
      transform: scaleX(-1);
    }
    gr-video-player video {
      display: block;
      width: 100%;
      height: 100%;
      max-height: var(--video-max-height, none);
      object-fit: contain;
      background: #000;
    }
    /* The bar shows while the pointer is over the video or a control has focus. */
    gr-video-player .controls {
      position: absolute;
      right: var(--size-2);
      bottom: var(--size-2);
      left: var(--size-2);
      z-index: 10;
      display: flex;
      align-items: center;
      gap: var(--size-2);
      padding: var(--size-2) var(--size-3);
      border-radius: var(--radius-md);
      background: var(--color-grey-800, #1f2937);
      color: white;
      opacity: 0;
      transition: opacity 300ms;
    }
    gr-video-player .video-wrap:hover .controls,
    gr-video-player .controls:focus-within,
    gr-video-player .video-wrap.fullscreen .controls {
      opacity: 1;
    }
    gr-video-player .action {
      display: inline-flex;
      flex: none;
      align-items: center;
      justify-content: center;
      width: var(--size-6);
      height: var(--size-6);
      padding: 0;
      border: none;
      background: none;
      color: white;
      font-size: var(--text-lg);
      cursor: pointer;
    }
    gr-video-player .action:focus-visible,
    gr-video-player .seek:focus-visible,
    gr-video-player .volume:focus-visible {
      outline: 2px solid var(--color-accent);
      outline-offset: 2px;
    }
    gr-video-player .action[aria-pressed='true'],
    gr-video-player .action[aria-expanded='true'] {
      color: var(--color-accent);
    }
    gr-video-player .time {
      flex: none;
      font-family: var(--font-mono);
      font-size: var(--text-sm);
      font-variant-numeric: tabular-nums;
      text-shadow: 0 0 8px rgba(0, 0, 0, 0.5);
    }
    gr-video-player .seek {
      flex: 1 1 auto;
      min-width: 0;
      accent-color: white;
    }
    gr-video-player .volume {
      width: var(--size-20);
      accent-color: var(--color-accent);
    }
    gr-video-player .media-error {
      margin: var(--spacing-md);
      padding: var(--spacing-md);
      border: 1px solid var(--error-border-color);
      border-radius: var(--radius-sm);
      background: var(--error-background-fill);
      color: var(--error-text-color);
      font-size: var(--text-sm);
    }
  }
`;
