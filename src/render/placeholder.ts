import { html } from 'lit';
import type { BlockNode } from '../config/build-tree.js';

/** What a block of a type we cannot render shows instead: it names the type. */
export function renderPlaceholder(node: BlockNode): unknown {
  return html`<div class="gr-unsupported block" role="note" data-block-id=${node.id}>
    This app uses a <code>${node.type}</code> component, which this embed cannot show yet.
  </div>`;
}
