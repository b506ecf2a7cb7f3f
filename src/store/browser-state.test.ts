import { afterEach, describe, expect, it } from 'vitest';
import { AppStore } from './app-store.js';
import { persistBrowserState, storageKey, STORAGE_PREFIX } from './browser-state.js';

const state = (id: number, key: string, defaultValue: unknown) => ({
  id,
  type: 'browserstate',
  props: { storage_key: key, default_value: defaultValue },
  key: null,
  componentClassId: null,
  skipApi: false,
  renderedIn: null,
});

afterEach(() => {
  for (const key of Object.keys(localStorage))
    if (key.startsWith(STORAGE_PREFIX)) localStorage.removeItem(key);
});

describe('persistBrowserState', () => {
  it('starts from the default, writes changes, and restores them in the next session', () => {
    const first = new AppStore([state(1, 'note', 'default')]);
    const stop = persistBrowserState(first, 'http://app');
    expect(first.value(1)).toBe('default');
    first.setValue(1, { saved: [1, 2] }, 'output');
    stop();
    expect(JSON.parse(localStorage.getItem(storageKey('http://app', 'note'))!)).toEqual({ saved: [1, 2] });

    const second = new AppStore([state(1, 'note', 'default')]);
    persistBrowserState(second, 'http://app');
    expect(second.value(1)).toEqual({ saved: [1, 2] });
  });

  it('keeps two apps with the same storage_key apart, and stores nothing else', () => {
    const a = new AppStore([state(1, 'k', null)]);
    const b = new AppStore([state(1, 'k', null)]);
    persistBrowserState(a, 'http://a');
    persistBrowserState(b, 'http://b');
    a.setValue(1, 'from a', 'output');
    expect(b.value(1)).toBeNull();
    expect(Object.keys(localStorage).filter((k) => !k.startsWith(STORAGE_PREFIX))).toEqual([]);
  });
});
