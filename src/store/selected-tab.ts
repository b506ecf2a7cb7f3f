import type { BlockNode } from '../config/build-tree.js';
import type { AppStore } from './app-store.js';

/** The tab a `tabs` block shows, and the SelectData Gradio sends for it. */
export interface SelectedTab {
  id: number;
  data: { index: number; value: unknown; selected: true };
}

/**
 * Resolves a tabs block's `selected` the way Gradio does: a tab's own `id`, else its block id,
 * else (ours) a position; with nothing selected, the first visible tab.
 */
export function selectedTab(store: AppStore, tabs: BlockNode): SelectedTab | null {
  const items = (tabs.children ?? []).filter((c) => c.type === 'tabitem' || c.type === 'walkthroughstep');
  const selected = store.props(tabs.id).selected;
  const visible = (id: number) => {
    const v = store.props(id).visible;
    return v !== false && v !== 'hidden';
  };
  let index = -1;
  if (selected !== undefined && selected !== null) {
    index = items.findIndex((item) => store.props(item.id).id === selected);
    if (index < 0) index = items.findIndex((item) => item.id === selected);
    if (index < 0 && typeof selected === 'number' && Number.isInteger(selected) && items[selected])
      index = selected;
  }
  if (index < 0) index = items.findIndex((item) => visible(item.id));
  const item = items[index];
  if (!item) return null;
  return { id: item.id, data: { index, value: store.props(item.id).label ?? null, selected: true } };
}
