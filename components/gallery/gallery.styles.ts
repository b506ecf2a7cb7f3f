import { css } from 'lit';

export const galleryStyles = css`
  @layer gr.components {
    gr-gallery {
      display: block;
      position: relative;
      flex: 1 1 0%;
      min-width: min(160px, 100%);
    }
    gr-gallery > .block {
      display: flex;
      flex-direction: column;
      padding: 0;
      overflow: hidden;
    }
    gr-gallery gr-upload-zone.full {
      flex: 1 1 auto;
    }
    gr-gallery gr-upload-zone.full .drop {
      min-height: var(--size-60, 15rem);
      border: 0;
    }
    gr-gallery .gallery-container {
      position: relative;
      display: flex;
      flex: 1 1 auto;
      flex-direction: column;
      min-height: 0;
    }
    gr-gallery .grid-wrap {
      position: relative;
      flex: 1 1 auto;
      min-height: 0;
      padding: var(--size-2, 0.5rem);
      overflow-y: auto;
      overscroll-behavior: contain;
    }
    gr-gallery .grid-wrap.fixed-height {
      min-height: var(--size-80, 20rem);
      max-height: 55vh;
    }
    @media (min-width: 1280px) {
      gr-gallery .grid-wrap.fixed-height {
        min-height: 450px;
      }
    }
    gr-gallery:fullscreen .grid-wrap.fixed-height,
    gr-gallery[data-expanded] .grid-wrap.fixed-height {
      max-height: none;
    }
    gr-gallery .grid-tools {
      position: sticky;
      top: 0;
      float: right;
      margin-bottom: calc(-1 * var(--size-6, 1.5rem));
    }
    gr-gallery .grid-tools gr-upload-zone {
      display: inline-flex;
    }
    gr-gallery .grid-tools gr-upload-zone .drop {
      width: var(--size-6, 1.5rem);
      height: var(--size-6, 1.5rem);
      padding: var(--spacing-xs);
      border: 1px solid var(--border-color-primary);
      border-radius: var(--radius-sm);
      background: var(--block-background-fill);
    }
    gr-gallery .grid-tools gr-upload-zone .progress,
    gr-gallery .grid-tools gr-upload-zone .error {
      position: absolute;
      top: 100%;
      right: 0;
      width: 16rem;
      padding: var(--spacing-sm);
      border: 1px solid var(--border-color-primary);
      border-radius: var(--radius-sm);
      background: var(--block-background-fill);
    }
    gr-gallery .grid-wrap {
      container-type: inline-size;
    }
    gr-gallery .grid {
      --_cols: var(--_c0);
      display: grid;
      grid-template-columns: repeat(var(--_cols), minmax(100px, 1fr));
      grid-auto-rows: minmax(100px, auto);
      gap: var(--spacing-lg);
      margin: 0;
      padding: 0;
      list-style: none;
    }
    @container (min-width: 640px) {
      gr-gallery .grid {
        --_cols: var(--_c1);
      }
    }
    @container (min-width: 768px) {
      gr-gallery .grid {
        --_cols: var(--_c2);
      }
    }
    @container (min-width: 1024px) {
      gr-gallery .grid {
        --_cols: var(--_c3);
      }
    }
    @container (min-width: 1280px) {
      gr-gallery .grid {
        --_cols: var(--_c4);
      }
    }
    @container (min-width: 1536px) {
      gr-gallery .grid {
        --_cols: var(--_c5);
      }
    }
    gr-gallery .grid.under-label {
      padding-top: var(--size-6, 1.5rem);
    }
    gr-gallery .grid.has-rows {
      grid-template-rows: repeat(var(--_rows), minmax(100px, 1fr));
    }
    /* Square tiles whose size never depends on their image, so an image arriving lays nothing
       out again. (content-visibility: auto was measured: it made scrolling 200 tiles cost more
       layout per frame than drawing them all, so it is not used.) */
    gr-gallery .gallery-item {
      position: relative;
      aspect-ratio: 1;
      min-width: 0;
    }
    gr-gallery .thumbnail {
      --_ring: transparent;
      position: relative;
      display: block;
      width: 100%;
      height: 100%;
      padding: 0;
      overflow: hidden;
      border: 1px solid var(--border-color-primary);
      border-radius: var(--button-small-radius, var(--radius-sm));
      background: var(--background-fill-secondary);
      box-shadow:
        inset 0 0 0 1px var(--_ring),
        var(--shadow-drop);
      cursor: pointer;
    }
    gr-gallery .thumbnail:hover,
    gr-gallery .thumbnail.selected {
      --_ring: var(--color-accent);
      border-color: var(--color-accent);
    }
    gr-gallery .thumbnail:focus-visible {
      outline: 2px solid var(--color-accent);
      outline-offset: 2px;
    }
    gr-gallery .thumbnail img,
    gr-gallery .thumbnail video {
      display: block;
      width: 100%;
      height: 100%;
      object-fit: var(--_fit);
    }
    gr-gallery .play,
    gr-gallery .missing {
      position: absolute;
      top: 50%;
      left: 50%;
      display: inline-flex;
      color: var(--body-text-color);
      font-size: 32px;
      opacity: 0.6;
      transform: translate(-50%, -50%);
      pointer-events: none;
    }
    gr-gallery .missing {
      color: var(--error-text-color);
    }
    gr-gallery .caption-label {
      position: absolute;
      right: var(--block-label-margin);
      bottom: var(--block-label-margin);
      z-index: 1;
      max-width: 80%;
      padding: var(--block-label-padding);
      overflow: hidden;
      border-top: 1px solid var(--border-color-primary);
      border-left: 1px solid var(--border-color-primary);
      border-radius: var(--block-label-radius);
      background: var(--background-fill-secondary);
      color: var(--body-text-color);
      font-size: var(--block-label-text-size);
      text-align: left;
      text-overflow: ellipsis;
      white-space: nowrap;
    }
    gr-gallery .thumbnail:hover .caption-label {
      opacity: 0.5;
    }
    gr-gallery .delete-button {
      position: absolute;
      bottom: 0;
      left: 0;
      z-index: 1;
      display: flex;
      padding: var(--block-label-padding);
      border: 0;
      border-top: 1px solid var(--border-color-primary);
      border-right: 1px solid var(--border-color-primary);
      border-radius: 0 var(--radius-sm) 0 var(--radius-sm);
      background: var(--background-fill-secondary);
      color: var(--block-label-text-color);
      font-size: var(--block-label-text-size);
      cursor: pointer;
      opacity: 0;
      transition: opacity 0.2s ease;
    }
    gr-gallery .gallery-item:hover .delete-button,
    gr-gallery .delete-button:focus-visible {
      opacity: 1;
    }
    gr-gallery .preview {
      position: absolute;
      inset: 0;
      z-index: 3;
      display: flex;
      flex-direction: column;
      background: var(--background-fill-primary);
    }
    gr-gallery .media-button {
      display: flex;
      flex: 1 1 auto;
      align-items: center;
      justify-content: center;
      min-height: 0;
      padding: 0;
      border: 0;
      background: none;
      cursor: pointer;
    }
    gr-gallery .media-button:focus-visible {
      outline: 2px solid var(--color-accent);
      outline-offset: -2px;
    }
    gr-gallery .media-button img,
    gr-gallery .media-button video {
      width: 100%;
      height: 100%;
      object-fit: contain;
    }
    gr-gallery .missing-text {
      color: var(--error-text-color);
    }
    gr-gallery .caption {
      flex: none;
      margin: 0;
      padding: var(--size-2, 0.5rem) var(--size-3, 0.75rem);
      overflow: hidden;
      color: var(--block-label-text-color);
      font-weight: var(--weight-semibold, 600);
      text-align: center;
      text-overflow: ellipsis;
      white-space: nowrap;
    }
    gr-gallery .thumbnails {
      display: flex;
      flex: none;
      align-items: center;
      gap: var(--spacing-lg);
      height: var(--size-14, 3.5rem);
      padding: 0 var(--spacing-lg);
      overflow-x: auto;
      scrollbar-width: none;
    }
    gr-gallery .thumbnails .thumbnail.small {
      flex: none;
      width: var(--size-9, 2.25rem);
      height: var(--size-9, 2.25rem);
      transform: scale(0.9);
      transition: transform 0.075s;
    }
    gr-gallery .thumbnails .thumbnail.small.selected {
      transform: scale(1);
    }
    gr-gallery .thumbnails .thumbnail.small img {
      object-fit: cover;
    }
    gr-gallery .thumbnails .thumbnail.small .play {
      font-size: 16px;
    }
    gr-gallery .webcam-wrap {
      position: relative;
      display: flex;
      flex: 1 1 auto;
      min-height: var(--size-60, 15rem);
    }
    gr-gallery .webcam-wrap .close-webcam {
      position: absolute;
      top: var(--block-label-margin);
      right: var(--block-label-margin);
      z-index: 2;
    }
    gr-gallery .notice {
      padding: var(--spacing-sm) var(--spacing-md);
      color: var(--body-text-color-subdued);
      font-size: var(--text-sm);
      text-align: center;
    }
  }
`;
