import { css } from 'lit';

export const annotatedimageStyles = css`
  @layer gr.components {
    gr-annotatedimage {
      display: block;
      position: relative;
      flex: 1 1 0%;
      min-width: min(160px, 100%);
    }
    gr-annotatedimage > .block {
      display: flex;
      flex-direction: column;
      padding: 0;
      overflow: hidden;
    }
    gr-annotatedimage .image-container {
      position: relative;
      flex: 1 1 auto;
      width: 100%;
      min-height: 0;
      overflow: hidden;
    }
    gr-annotatedimage .base-image {
      display: block;
      width: 100%;
      height: auto;
    }
    gr-annotatedimage .mask {
      position: absolute;
      top: 0;
      left: 0;
      width: 100%;
      height: 100%;
      opacity: 0.85;
      transition: opacity 0.2s ease-in-out;
      pointer-events: none;
    }
    gr-annotatedimage .fixed-height .base-image,
    gr-annotatedimage:fullscreen .base-image,
    gr-annotatedimage[data-expanded] .base-image,
    gr-annotatedimage .fixed-height .mask,
    gr-annotatedimage:fullscreen .mask,
    gr-annotatedimage[data-expanded] .mask {
      height: 100%;
      object-fit: contain;
    }
    gr-annotatedimage .image-container:hover .mask {
      opacity: 0.3;
    }
    gr-annotatedimage .image-container.highlighting .mask {
      opacity: 0;
    }
    gr-annotatedimage .image-container.highlighting .mask.active {
      opacity: 1;
    }
    gr-annotatedimage .legend {
      display: flex;
      flex-wrap: wrap;
      justify-content: center;
      gap: var(--spacing-sm);
      padding: var(--spacing-sm);
    }
    gr-annotatedimage .legend-item {
      padding: var(--spacing-sm);
      border: 0;
      border-radius: var(--radius-sm);
      color: var(--body-text-color);
      cursor: pointer;
    }
    gr-annotatedimage .legend-item:focus-visible {
      outline: 2px solid var(--color-accent);
      outline-offset: 1px;
    }
  }
`;
