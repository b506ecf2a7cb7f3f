import { block } from '../../src/base/block.js';
import { TabSet } from '../common/tab-set.js';
import { tabsStyles } from './tabs.styles.js';

/**
 * @summary A Gradio `Tabs`: a tab bar drawn from its `gr-tabitem` children, which it shows one at a
 * time (WAI-ARIA tabs, arrow keys), with a "More tabs" list for tabs that do not fit.
 * @event gr-change - The user switched tabs.
 * @event gr-select - The user selected a tab; SelectData `{index, value: label, id, selected}`.
 */
@block('tabs')
export class GrTabs extends TabSet {
  static override css = tabsStyles;
}

declare global {
  interface HTMLElementTagNameMap {
    'gr-tabs': GrTabs;
  }
}
