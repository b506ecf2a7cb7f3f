import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { runBlockContract } from '../../src/testing/block-contract.js';
import { mountBlock } from '../../src/testing/fixture.js';
import type { GrDatetime } from './datetime.js';
import { normalizeDateText } from './internal/date-text.js';

runBlockContract('datetime', '2024-05-06 07:08:09');

function record(root: ShadowRoot, names: string[]): { trigger: string; data: unknown }[] {
  const seen: { trigger: string; data: unknown }[] = [];
  for (const name of names)
    root.addEventListener(`gr-${name}`, (e) =>
      seen.push({ trigger: name, data: (e as Event & { data: unknown }).data }),
    );
  return seen;
}

async function mount(props: Record<string, unknown>) {
  const mounted = await mountBlock<GrDatetime>('datetime', { label: 'When', interactive: true, ...props });
  const field = mounted.el.querySelector<HTMLInputElement>('input.time')!;
  return { ...mounted, field };
}

describe('<gr-datetime>', () => {
  afterEach(() => document.body.replaceChildren());

  it('shows the date text in a labelled field with the format as placeholder', async () => {
    const { field } = await mount({ value: '2024-01-01 12:00:00' });
    expect(field.value).toBe('2024-01-01 12:00:00');
    expect(field.labels![0]!.textContent).toContain('When');
    expect(field.placeholder).toBe('YYYY-MM-DD HH:MM:SS');
    const day = await mount({ value: '2024-01-01', includeTime: false });
    expect(day.field.placeholder).toBe('YYYY-MM-DD');
  });

  it('typing a date and Enter: change, then submit; nothing while typing', async () => {
    const { el, field, root } = await mount({ value: '2024-01-01', includeTime: false });
    const seen = record(root, ['change', 'submit', 'input']);
    await userEvent.clear(field);
    await userEvent.type(field, '2024-02-03');
    expect(seen).toEqual([]);
    await userEvent.keyboard('{Enter}');
    expect(el.value).toBe('2024-02-03');
    expect(seen.map((s) => s.trigger)).toEqual(['change', 'submit']);
  });

  it('leaving the field commits a date; "now - 1d" is kept as the server reads it', async () => {
    const { el, field } = await mount({ value: '' });
    await userEvent.type(field, 'now - 1d');
    field.blur();
    expect(el.value).toBe('now - 1d');
  });

  it('text that is no date says so and keeps the value; no submit', async () => {
    const { el, field, root } = await mount({ value: '2024-01-01 00:00:00' });
    const seen = record(root, ['change', 'submit']);
    await userEvent.clear(field);
    await userEvent.type(field, '2024-02-30 10:00:00{Enter}');
    await el.updateComplete;
    expect(el.value).toBe('2024-01-01 00:00:00');
    expect(el.querySelector('.validation')!.textContent).toContain('YYYY-MM-DD HH:MM:SS');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(seen).toEqual([]);
  });

  it('the calendar sets the date through the native picker input', async () => {
    const { el, root } = await mount({ value: '2024-01-01', includeTime: false });
    const seen = record(root, ['change']);
    const native = el.querySelector<HTMLInputElement>('input.native')!;
    expect(native.type).toBe('date');
    native.value = '2025-12-24';
    native.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    expect(el.value).toBe('2025-12-24');
    expect(el.querySelector<HTMLInputElement>('input.time')!.value).toBe('2025-12-24');
    expect(seen).toHaveLength(1);
  });

  it('with time, the native picker is datetime-local and its value keeps seconds', async () => {
    const { el } = await mount({ value: '2024-01-01 10:00:00' });
    const native = el.querySelector<HTMLInputElement>('input.native')!;
    expect(native.type).toBe('datetime-local');
    native.value = '2024-03-04T05:06';
    native.dispatchEvent(new Event('change', { bubbles: true }));
    expect(el.value).toBe('2024-03-04 05:06:00');
  });

  it('a timestamp from the app is shown as a local date; a time zone is shown beside it', async () => {
    const { field, el } = await mount({ value: 0, includeTime: false, timezone: 'UTC' });
    const epoch = new Date(0);
    expect(field.value).toBe(
      `${epoch.getFullYear()}-${String(epoch.getMonth() + 1).padStart(2, '0')}-${String(epoch.getDate()).padStart(2, '0')}`,
    );
    el.includeTime = true;
    await el.updateComplete;
    expect(el.querySelector('.zone')!.textContent).toBe('UTC');
  });

  it('static: the field is disabled and has no calendar; bad values show a message', async () => {
    const { el, field } = await mount({ interactive: false, value: { a: 1 } });
    expect(field.disabled).toBe(true);
    expect(el.querySelector('.calendar')).toBeNull();
    expect(el.querySelector('.value-error')!.textContent).toContain('not a date');
  });

  it('reads typed dates forgivingly where the meaning is plain', () => {
    expect(normalizeDateText('2024-01-02', true)).toBe('2024-01-02 00:00:00');
    expect(normalizeDateText('2024-01-02T03:04', true)).toBe('2024-01-02 03:04:00');
    expect(normalizeDateText('2024-01-02 03:04:05', false)).toBeNull();
    expect(normalizeDateText('2024-13-01', false)).toBeNull();
    expect(normalizeDateText(' now - 5m ', true)).toBe('now - 5m');
    expect(normalizeDateText('', true)).toBe('');
    expect(normalizeDateText('tomorrow', true)).toBeNull();
  });
});
