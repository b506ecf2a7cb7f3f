import { css } from 'lit';

export const imagesliderStyles = css`
  @layer gr.components {
    gr-imageslider {
      display: block;
      position: relative;
      flex: 1 1 0%;
      min-width: min(160px, 100%);
      --_divider: var(--gr-imageslider-divider-color, var(--border-color-primary));
    }
    gr-imageslider > .block {
      display: flex;
      flex-direction: column;
      padding: 0;
      overflow: hidden;
    }
    gr-imageslider > .block.dashed {
      border-style: dashed;
    }
    gr-imageslider .slider-area,
    gr-imageslider .single {
      display: flex;
      flex: 1 1 auto;
      align-items: center;
      justify-content: center;
      min-height: 0;
    }
    gr-imageslider .slider-wrap {
      position: relative;
      width: 100%;
      user-select: none;
      touch-action: none;
      cursor: ew-resize;
    }
    gr-imageslider .slider-wrap img,
    gr-imageslider .single img {
      display: block;
      width: 100%;
      height: auto;
      max-height: var(--_max-height);
      object-fit: contain;
    }
    gr-imageslider:fullscreen .slider-wrap img,
    gr-imageslider[data-expanded] .slider-wrap img {
      max-height: 100vh;
    }
    gr-imageslider .slider-wrap img.after {
      position: absolute;
      inset: 0;
      width: 100%;
      height: 100%;
      object-fit: contain;
      background: var(--block-background-fill);
      clip-path: inset(0 0 0 var(--_pos));
    }
    gr-imageslider .divider {
      position: absolute;
      top: 0;
      bottom: 0;
      left: var(--_pos);
      width: 20px;
      margin-left: -10px;
      outline: none;
    }
    gr-imageslider .divider::before {
      content: '';
      position: absolute;
      top: 0;
      bottom: 0;
      left: 9.5px;
      width: 1px;
      background: var(--_divider);
    }
    gr-imageslider .handle {
      position: absolute;
      top: 50%;
      left: 50%;
      display: flex;
      align-items: center;
      justify-content: center;
      width: 40px;
      height: 30px;
      border-radius: 5px;
      background: var(--color-accent);
      color: var(--body-text-color);
      box-shadow: 0 0 5px 2px rgba(0, 0, 0, 0.3);
      font-size: 14px;
      transform: translate(-50%, -50%);
    }
    gr-imageslider .divider:focus-visible .handle {
      outline: 2px solid var(--body-text-color);
      outline-offset: 2px;
    }
    gr-imageslider .upload-pair {
      display: flex;
      flex: 1 1 auto;
      min-height: var(--size-60, 15rem);
    }
    gr-imageslider .upload-pair .slot {
      display: flex;
      flex: 1 1 50%;
      align-items: center;
      justify-content: center;
      min-width: 0;
    }
    gr-imageslider .upload-pair .slot + .slot {
      border-left: 1px dashed var(--border-color-primary);
    }
    gr-imageslider .upload-pair gr-upload-zone .drop {
      height: 100%;
      border: 0;
    }
    gr-imageslider .upload-pair img {
      max-width: 100%;
      max-height: var(--_max-height);
    }
  }
`;
