import { afterEach, describe, expect, it, vi } from 'vitest';
import { mountBlock } from '../../src/testing/fixture.js';

describe('tab set lifetime', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    document.body.replaceChildren();
  });

  it('takes its outside-click listener off the root it went on when removed', async () => {
    const add = vi.spyOn(EventTarget.prototype, 'addEventListener');
    const remove = vi.spyOn(EventTarget.prototype, 'removeEventListener');
    const { el, root } = await mountBlock('tabs', {});
    const onRoot = (spy: typeof add | typeof remove) =>
      spy.mock.calls
        .filter((call, i) => spy.mock.contexts[i] === root && call[0] === 'click')
        .map((c) => c[1]);
    const added = onRoot(add);
    expect(added).toHaveLength(1);
    // Removed, the element's getRootNode() is no longer the app's root (which outlives a `src`
    // change): the listener must still come off that root, or it keeps the tab set alive.
    el.remove();
    expect(onRoot(remove)).toEqual(added);
  });
});
