import { afterEach, describe, expect, it } from 'vitest';
import { runBlockContract } from '../../src/testing/block-contract.js';
import { mountBlock } from '../../src/testing/fixture.js';
import { testServices } from '../../src/testing/services.js';
import type { GrFallback } from './fallback.js';

runBlockContract('fallback', { foo: 'bar' });

describe('<gr-fallback>', () => {
  afterEach(() => document.body.replaceChildren());

  it('shows its value read-only through the JSON view, and follows new values', async () => {
    const { el } = await mountBlock<GrFallback>('fallback', {
      label: 'Data',
      value: { foo: 'bar' },
      services: testServices(),
    });
    const until = async (check: () => boolean) => {
      for (let i = 0; i < 100 && !check(); i++) await new Promise((r) => setTimeout(r, 20));
    };
    await until(() => el.querySelector('gr-json') !== null);
    const view = el.querySelector('gr-json')!;
    await until(() => view.textContent!.includes('bar'));
    expect(view.textContent).toContain('foo');
    expect(view.interactive).toBe(false);
    el.value = { answer: 42 };
    await until(() => view.textContent!.includes('42'));
    expect(view.textContent).toContain('answer');
  });

  it('without an app it prints the value as JSON', async () => {
    const { el } = await mountBlock<GrFallback>('fallback', { value: [1, 'two'], services: null });
    expect(el.querySelector('pre')!.textContent).toBe(JSON.stringify([1, 'two'], null, 2));
  });
});
