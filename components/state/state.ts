import { property } from 'lit/decorators.js';
import { GradioElement } from '../../src/base/gradio-element.js';
import { block } from '../../src/base/block.js';
import { stateStyles } from './state.styles.js';

/**
 * @summary A Gradio `State`: per-session server state with no UI. It lives on the server; the
 * element only holds its place in the tree.
 */
@block('state')
export class GrState extends GradioElement {
  static override css = stateStyles;

  /** Always null on the client: State values stay on the server. */
  @property({ attribute: false }) value: unknown = null;
}

declare global {
  interface HTMLElementTagNameMap {
    'gr-state': GrState;
  }
}
