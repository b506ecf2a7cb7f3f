import { afterEach, describe, expect, it } from 'vitest';
import { mountBlock } from '../../src/testing/fixture.js';
import type { GrApi } from './api.js';

describe('<gr-api>', () => {
  afterEach(() => document.body.replaceChildren());

  it('holds its value and takes no room', async () => {
    const { el } = await mountBlock<GrApi>('api', { label: '1st', value: { a: 1 } });
    expect(el.value).toEqual({ a: 1 });
    expect(el.getBoundingClientRect().height).toBe(0);
    expect(el.textContent!.trim()).toBe('');
  });
});
