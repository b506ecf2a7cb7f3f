import { afterEach, describe, expect, it, vi } from 'vitest';
import { runBlockContract } from '../../src/testing/block-contract.js';
import { mountBlock } from '../../src/testing/fixture.js';
import { testServices } from '../../src/testing/services.js';
import type { GrTriggerEvent } from '../../src/base/trigger-event.js';
import type { GrDialogue } from './dialogue.js';
import { insertTag, tagQuery } from './internal/lines.js';

runBlockContract('dialogue', [{ speaker: 'A', text: 'x' }]);

const LINES = [
  { speaker: 'Alice', text: 'Hi' },
  { speaker: 'Bob', text: 'Hello' },
];

/** A server with Gradio's default format/unformat, separator " || ". */
function server() {
  return vi.fn((_id: number, fn: string, data: unknown) => {
    if (fn === 'format') {
      return Promise.resolve(
        (data as { speaker: string; text: string }[]).map((l) => `[${l.speaker}] ${l.text}`).join(' || '),
      );
    }
    const text = (data as { text: string }).text;
    return Promise.resolve(
      text
        .split(' || ')
        .filter(Boolean)
        .map((line) => {
          const m = /^\[(.*?)\]\s*(.*)$/.exec(line.trim());
          return m ? { speaker: m[1], text: m[2] } : { speaker: 'Alice', text: line.trim() };
        }),
    );
  });
}

async function mount(props: Record<string, unknown> = {}) {
  const call = server();
  const mounted = await mountBlock<GrDialogue>('dialogue', {
    label: 'Script',
    speakers: ['Alice', 'Bob'],
    tags: ['(laughs)', '(sighs)'],
    value: LINES,
    interactive: true,
    services: testServices({ callServerFunction: call }),
    ...props,
  });
  const events: { trigger: string; value: unknown }[] = [];
  for (const name of ['gr-input', 'gr-change', 'gr-submit']) {
    mounted.root.addEventListener(name, (e) => {
      events.push({ trigger: (e as GrTriggerEvent).trigger, value: (e.target as GrDialogue).value });
    });
  }
  return { ...mounted, call, events };
}

const texts = (el: HTMLElement) => [...el.querySelectorAll<HTMLTextAreaElement>('.line-text')];

function type(field: HTMLTextAreaElement, value: string): void {
  field.value = value;
  field.setSelectionRange(value.length, value.length);
  field.dispatchEvent(new Event('input', { bubbles: true }));
}

describe('<gr-dialogue>', () => {
  afterEach(() => document.body.replaceChildren());

  it('shows each line as a speaker picker and its text, labelled', async () => {
    const { el } = await mount();
    const selects = [...el.querySelectorAll<HTMLSelectElement>('select.speaker')];
    expect(selects.map((s) => s.value)).toEqual(['Alice', 'Bob']);
    expect(selects[0]!.getAttribute('aria-label')).toBe('Speaker, line 1');
    expect(texts(el).map((t) => t.value)).toEqual(['Hi', 'Hello']);
    expect(texts(el)[1]!.getAttribute('aria-label')).toBe('Line 2, Bob');
  });

  it('typing in a line sets the lines and fires input and change', async () => {
    const { el, events } = await mount();
    type(texts(el)[0]!, 'Hi you');
    expect(el.value).toEqual([{ speaker: 'Alice', text: 'Hi you' }, LINES[1]]);
    expect(events.map((e) => e.trigger)).toEqual(['input', 'change']);
  });

  it('picking a speaker, adding and removing lines each fire change', async () => {
    const { el, events } = await mount();
    const select = el.querySelector<HTMLSelectElement>('select.speaker')!;
    select.value = 'Bob';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    expect((el.value as { speaker: string }[])[0]!.speaker).toBe('Bob');
    el.querySelector<HTMLButtonElement>('[aria-label="Add a line after line 1"]')!.click();
    await el.updateComplete;
    expect(el.value).toEqual([{ speaker: 'Bob', text: 'Hi' }, { speaker: 'Alice', text: '' }, LINES[1]]);
    // The new line's text has the focus, ready to type.
    expect((el.getRootNode() as ShadowRoot).activeElement).toBe(texts(el)[1]);
    el.querySelector<HTMLButtonElement>('[aria-label="Remove line 3"]')!.click();
    await el.updateComplete;
    expect(el.value).toEqual([
      { speaker: 'Bob', text: 'Hi' },
      { speaker: 'Alice', text: '' },
    ]);
    expect(events.filter((e) => e.trigger === 'change')).toHaveLength(3);
    // The first line cannot be removed.
    expect(el.querySelector('[aria-label="Remove line 1"]')).toBeNull();
  });

  it('max_lines stops adding lines', async () => {
    const { el } = await mount({ maxLines: 2 });
    expect(el.querySelectorAll('.add')).toHaveLength(0);
    el.maxLines = 3;
    await el.updateComplete;
    expect(el.querySelectorAll('.add')).toHaveLength(2);
  });

  it('an empty editable dialogue offers one line with the first speaker; its value stays null until edited', async () => {
    const { el } = await mount({ value: null });
    expect(texts(el)).toHaveLength(1);
    expect(el.querySelector<HTMLSelectElement>('select.speaker')!.value).toBe('Alice');
    expect(el.value).toBeNull();
    type(texts(el)[0]!, 'First');
    expect(el.value).toEqual([{ speaker: 'Alice', text: 'First' }]);
  });

  it('read-only: speakers as text on their color_map background; hovering one speaker keeps only theirs', async () => {
    const { el } = await mount({ interactive: false, colorMap: { Alice: 'rgb(255, 204, 204)' } });
    expect(el.querySelector('select')).toBeNull();
    expect(el.querySelector('.add, .delete')).toBeNull();
    const lines = [...el.querySelectorAll<HTMLElement>('.line')];
    expect(getComputedStyle(lines[0]!.querySelector('span.speaker')!).backgroundColor).toBe(
      'rgb(255, 204, 204)',
    );
    expect(lines[1]!.style.getPropertyValue('--speaker-bg')).toBe('');
    lines[1]!.dispatchEvent(new MouseEvent('mouseenter'));
    await el.updateComplete;
    expect(lines[0]!.style.getPropertyValue('--speaker-bg')).toBe('');
  });

  it('read-only without a color_map: each speaker gets a palette color', async () => {
    const { el } = await mount({ interactive: false });
    const lines = [...el.querySelectorAll<HTMLElement>('.line')];
    expect(lines[0]!.style.getPropertyValue('--speaker-bg')).toContain('rgba(254, 202, 202');
    expect(lines[1]!.style.getPropertyValue('--speaker-bg')).toContain('rgba(209, 250, 229');
  });

  it('the Plain Text switch formats through the server, and back through unformat', async () => {
    const { el, call, events } = await mount();
    const toggle = el.querySelector<HTMLButtonElement>('[role="switch"]')!;
    expect(toggle.getAttribute('aria-checked')).toBe('false');
    toggle.click();
    await vi.waitFor(() =>
      expect(el.querySelector<HTMLTextAreaElement>('.plain-text')?.value).toBe('[Alice] Hi || [Bob] Hello'),
    );
    expect(call).toHaveBeenCalledWith(-1, 'format', LINES);
    type(el.querySelector<HTMLTextAreaElement>('.plain-text')!, '[Bob] Yo || [Alice] Hey');
    expect(el.value).toBe('[Bob] Yo || [Alice] Hey');
    el.querySelector<HTMLButtonElement>('[role="switch"]')!.click();
    await vi.waitFor(() => expect(texts(el)).toHaveLength(2));
    expect(call).toHaveBeenLastCalledWith(-1, 'unformat', { text: '[Bob] Yo || [Alice] Hey' });
    expect(el.value).toEqual([
      { speaker: 'Bob', text: 'Yo' },
      { speaker: 'Alice', text: 'Hey' },
    ]);
    expect(events.at(-1)).toEqual({ trigger: 'change', value: el.value });
  });

  it('text from the app shows as text with the switch on', async () => {
    const { el } = await mount({ value: '[Alice] Plain' });
    expect(el.querySelector('[role="switch"]')!.getAttribute('aria-checked')).toBe('true');
    expect(el.querySelector<HTMLTextAreaElement>('.plain-text')!.value).toBe('[Alice] Plain');
  });

  it('ui_mode="text": one text box whose text is the value; ui_mode="dialogue": no switch', async () => {
    const { el, events } = await mount({ uiMode: 'text', value: null, speakers: null });
    expect(el.querySelector('[role="switch"]')).toBeNull();
    type(el.querySelector<HTMLTextAreaElement>('.plain-text')!, 'free text');
    expect(el.value).toBe('free text');
    expect(events.map((e) => e.trigger)).toEqual(['input', 'change']);
    el.uiMode = 'dialogue';
    el.value = LINES;
    await el.updateComplete;
    expect(el.querySelector('[role="switch"]')).toBeNull();
    expect(texts(el)).toHaveLength(2);
  });

  it('tags: ":" opens the tag list; arrows and Enter put the tag in place of what was typed', async () => {
    const { el } = await mount();
    const field = texts(el)[1]!;
    type(field, 'Hello :');
    await el.updateComplete;
    const options = () => [...el.querySelectorAll('[role="option"]')].map((o) => o.textContent?.trim());
    expect(options()).toEqual(['(laughs)', '(sighs)']);
    expect(field.getAttribute('aria-expanded')).toBe('true');
    type(field, 'Hello :si');
    await el.updateComplete;
    expect(options()).toEqual(['(sighs)']);
    type(field, 'Hello :');
    await el.updateComplete;
    field.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    await el.updateComplete;
    expect(field.getAttribute('aria-activedescendant')).toMatch(/-tags-1$/);
    field.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    await el.updateComplete;
    expect((el.value as { text: string }[])[1]!.text).toBe('Hello (sighs) ');
    expect(el.querySelector('[role="listbox"]')).toBeNull();
    type(field, 'Again :');
    await el.updateComplete;
    field.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await el.updateComplete;
    expect(el.querySelector('[role="listbox"]')).toBeNull();
  });

  it('copy puts the dialogue, formatted by the server, on the clipboard', async () => {
    const write = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
    const { el } = await mount({ buttons: ['copy'] });
    el.querySelector<HTMLButtonElement>('[aria-label="Copy"]')!.click();
    await vi.waitFor(() => expect(write).toHaveBeenCalledWith('[Alice] Hi || [Bob] Hello'));
    await vi.waitFor(() => expect(el.querySelector('[aria-label="Copied"]')).not.toBeNull());
    write.mockRestore();
  });

  it('submit: in plain text the text is turned into lines first', async () => {
    const { el, events } = await mount({ submitBtn: 'Send', value: '[Bob] Sent' });
    el.querySelector<HTMLButtonElement>('.submit')!.click();
    await vi.waitFor(() => expect(events.at(-1)?.trigger).toBe('submit'));
    expect(events.at(-1)!.value).toEqual([{ speaker: 'Bob', text: 'Sent' }]);
    el.interactive = false;
    await el.updateComplete;
    expect(el.querySelector('.submit')).toBeNull();
  });

  it('a value of the wrong shape shows a message', async () => {
    const { el } = await mount({ value: [{ who: 'x' }] });
    expect(el.querySelector('.value-error')!.textContent).toContain('not {speaker, text}');
  });

  it('tag helpers', () => {
    expect(tagQuery('a :la', 5)).toEqual({ colon: 2, search: 'la' });
    expect(tagQuery('a :la b', 7)).toBeNull();
    expect(insertTag('[S1] hi :la', 11, '(laughs)', { dropSpeakerMarks: true })).toEqual({
      text: 'hi (laughs) ',
      caret: 12,
    });
  });
});
