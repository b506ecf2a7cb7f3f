import { describe, expect, it } from 'vitest';
import { AppStore } from './app-store.js';
import { selectedTab } from './selected-tab.js';
import type { ComponentConfig } from '../config/config-types.js';

const block = (id: number, type: string, props: Record<string, unknown>): ComponentConfig => ({
  id,
  type,
  props,
  key: null,
  componentClassId: null,
  skipApi: true,
  renderedIn: null,
});
const tabs = { id: 1, type: 'tabs', children: [2, 3, 4].map((id) => ({ id, type: 'tabitem' })) };

function store(selected?: unknown) {
  return new AppStore([
    block(1, 'tabs', selected === undefined ? {} : { selected }),
    block(2, 'tabitem', { label: 'A', id: 'a', visible: false }),
    block(3, 'tabitem', { label: 'B', id: 'b' }),
    block(4, 'tabitem', { label: 'C' }),
  ]);
}

describe('selectedTab', () => {
  it('picks by tab id, then block id, then position; else the first visible tab', () => {
    expect(selectedTab(store('b'), tabs)).toEqual({ id: 3, data: { index: 1, value: 'B', selected: true } });
    expect(selectedTab(store(4), tabs)?.id).toBe(4);
    expect(selectedTab(store(0), tabs)?.id).toBe(2);
    expect(selectedTab(store(), tabs)?.id).toBe(3);
  });
});
