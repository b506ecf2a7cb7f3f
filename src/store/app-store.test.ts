import { describe, expect, it, vi } from 'vitest';
import { AppStore } from './app-store.js';
import { applyOutput } from './apply-update.js';
import type { ComponentConfig } from '../config/config-types.js';

const component = (id: number, props: Record<string, unknown> = {}): ComponentConfig => ({
  id,
  type: 'textbox',
  props: { value: '', visible: true, ...props },
  key: null,
  componentClassId: null,
  skipApi: false,
  renderedIn: null,
});

describe('AppStore', () => {
  it('notifies subscribers and value listeners only on real changes', () => {
    const store = new AppStore([component(1)]);
    const onBlock = vi.fn();
    const onValue = vi.fn();
    store.subscribe(1, onBlock);
    store.onValueChange(onValue);
    expect(store.setValue(1, 'a', 'user')).toBe(true);
    expect(store.setValue(1, 'a', 'output')).toBe(false);
    expect(store.setValue(1, { x: [1] }, 'output')).toBe(true);
    expect(store.setValue(1, { x: [1] }, 'output')).toBe(false);
    expect(onBlock).toHaveBeenCalledTimes(2);
    expect(onValue.mock.calls).toEqual([
      [1, 'a', 'user'],
      [1, { x: [1] }, 'output'],
    ]);
  });

  it('keeps values of blocks no element shows', () => {
    const store = new AppStore([component(1, { visible: false, value: 'kept' })]);
    expect(store.value(1)).toBe('kept');
  });

  it('unsubscribes', () => {
    const store = new AppStore([component(1)]);
    const listener = vi.fn();
    store.subscribe(1, listener)();
    store.patch(1, { label: 'x' });
    expect(listener).not.toHaveBeenCalled();
  });
});

describe('applyOutput', () => {
  it('sets plain values, skips undefined, and applies update dicts with visible last', () => {
    const store = new AppStore([component(1, { value: 'old' })]);
    const seen: unknown[] = [];
    store.subscribe(1, () => seen.push({ ...store.props(1) }));
    expect(applyOutput(store, 1, undefined)).toEqual([]);
    expect(applyOutput(store, 1, 'new')).toEqual(['value']);
    expect(applyOutput(store, 1, { __type__: 'update', visible: false, label: 'L', value: 'v2' })).toEqual([
      'label',
      'value',
    ]);
    expect(store.props(1)).toMatchObject({ value: 'v2', label: 'L', visible: false });
    const last = seen.at(-1) as Record<string, unknown>;
    const beforeLast = seen.at(-2) as Record<string, unknown>;
    expect(beforeLast.visible).toBe(true);
    expect(last.visible).toBe(false);
  });

  it('an update without value leaves the value', () => {
    const store = new AppStore([component(1, { value: 'keep' })]);
    expect(applyOutput(store, 1, { __type__: 'update', interactive: false })).toEqual(['interactive']);
    expect(store.props(1)).toMatchObject({ value: 'keep', interactive: false });
  });

  it('settled() waits for pending work on the inputs, and the write that follows it', async () => {
    const store = new AppStore([component(1, { value: null }), component(2, { value: 'other' })]);
    let finish!: (v: string) => void;
    const upload = new Promise<string>((resolve) => (finish = resolve));
    store.trackPending(1, upload);
    // The component writes the uploaded value when it hears of it, as a block would.
    void upload.then((v) => store.setValue(1, v, 'user'));
    let waited = false;
    const wait = store.settled([1, 2])!.then(() => (waited = true));
    await Promise.resolve();
    expect(waited).toBe(false);
    finish('/tmp/a.png');
    await wait;
    expect(store.value(1)).toBe('/tmp/a.png');
    expect(store.settled([2])).toBeNull();
  });
});
