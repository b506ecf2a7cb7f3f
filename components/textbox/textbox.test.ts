import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { runBlockContract } from '../../src/testing/block-contract.js';
import { mountBlock } from '../../src/testing/fixture.js';
import type { GrTextbox } from './textbox.js';

runBlockContract('textbox', 'hello');

/**
 * Until the boxes have been measured: the resize observer runs once a box is laid out (after a
 * frame's animation callbacks, before it is painted), so its work is seen from the next frame's.
 */
async function laidOut(): Promise<void> {
  for (let frame = 0; frame < 2; frame++) await new Promise((resolve) => requestAnimationFrame(resolve));
}

describe('<gr-textbox>', () => {
  afterEach(() => document.body.replaceChildren());

  it('fires gr-input and gr-change for each keystroke, and keeps the value', async () => {
    const { el, root } = await mountBlock<GrTextbox>('textbox', { label: 'Name', interactive: true });
    const onInput = vi.fn();
    root.addEventListener('gr-input', onInput);
    await userEvent.type(el.querySelector('textarea')!, 'hi');
    expect(onInput).toHaveBeenCalledTimes(2);
    expect(el.value).toBe('hi');
  });

  it('Enter submits a one-line box; Shift+Enter submits a multi-line one', async () => {
    const { el, root } = await mountBlock<GrTextbox>('textbox', { label: 'Name', interactive: true });
    const onSubmit = vi.fn();
    root.addEventListener('gr-submit', onSubmit);
    await userEvent.type(el.querySelector('textarea')!, 'a{Enter}');
    expect(onSubmit).toHaveBeenCalledTimes(1);
    el.lines = 3;
    await el.updateComplete;
    await userEvent.type(el.querySelector('textarea')!, '{Enter}');
    expect(onSubmit).toHaveBeenCalledTimes(1);
    await userEvent.type(el.querySelector('textarea')!, '{Shift>}{Enter}{/Shift}');
    expect(onSubmit).toHaveBeenCalledTimes(2);
  });

  it('is read-only when not interactive, and labelled for assistive technology', async () => {
    const { el } = await mountBlock<GrTextbox>('textbox', {
      label: 'Output',
      interactive: false,
      value: 'x',
    });
    const textarea = el.querySelector('textarea')!;
    expect(textarea.disabled).toBe(true);
    expect(textarea.labels?.[0]?.textContent).toContain('Output');
  });

  it('setting a property re-renders (decorators and class fields agree)', async () => {
    const { el } = await mountBlock<GrTextbox>('textbox', { label: 'A' });
    el.placeholder = 'Type here';
    await el.updateComplete;
    expect(el.querySelector('textarea')!.placeholder).toBe('Type here');
  });

  it('is a one-line input only with lines=1 and max_lines=1, or for password and email', async () => {
    const { el } = await mountBlock<GrTextbox>('textbox', { label: 'A', interactive: true });
    expect(el.querySelector('textarea')).not.toBeNull();
    el.maxLines = 1;
    await el.updateComplete;
    expect(el.querySelector('input')?.type).toBe('text');
    el.type = 'password';
    el.maxLines = null;
    await el.updateComplete;
    expect(el.querySelector('input')?.type).toBe('password');
  });

  it('grows with its text between lines and max_lines, then scrolls', async () => {
    const { el } = await mountBlock<GrTextbox>('textbox', {
      label: 'A',
      interactive: true,
      lines: 2,
      maxLines: 4,
    });
    const area = el.querySelector('textarea')!;
    const lineHeight = parseFloat(getComputedStyle(area).lineHeight);
    const twoLines = area.getBoundingClientRect().height;
    await userEvent.type(area, 'a{Enter}b{Enter}c');
    const threeLines = area.getBoundingClientRect().height;
    expect(threeLines - twoLines).toBeCloseTo(lineHeight, 0);
    expect(getComputedStyle(area).overflowY).toBe('hidden');
    el.value = Array.from({ length: 12 }, (_, i) => `line ${i}`).join('\n');
    await el.updateComplete;
    const capped = area.getBoundingClientRect().height;
    expect(capped - twoLines).toBeCloseTo(2 * lineHeight, 0);
    expect(getComputedStyle(area).overflowY).toBe('auto');
    // A stream written by the app is followed to its end.
    expect(area.scrollTop + area.clientHeight).toBeGreaterThanOrEqual(area.scrollHeight - 1);
  });

  it('an empty box shows `lines` tall without measuring its text, as tall as one line of text makes it', async () => {
    // Measuring is a forced layout of the whole app, once per box, on the first render's path.
    const reads = vi.spyOn(Element.prototype, 'scrollHeight', 'get');
    const { el } = await mountBlock<GrTextbox>('textbox', {
      label: 'A',
      interactive: true,
      lines: 3,
      maxLines: 6,
    });
    await laidOut();
    const area = el.querySelector('textarea')!;
    expect(reads.mock.contexts.filter((element) => element === area)).toEqual([]);
    reads.mockRestore();
    const empty = area.getBoundingClientRect().height;
    const lineHeight = parseFloat(getComputedStyle(area).lineHeight);
    expect(area.clientHeight).toBeGreaterThanOrEqual(3 * lineHeight);
    await userEvent.type(area, 'a');
    expect(area.getBoundingClientRect().height).toBeCloseTo(empty, 2);
    await userEvent.type(area, '{Enter}b{Enter}c{Enter}d');
    expect(area.getBoundingClientRect().height - empty).toBeCloseTo(lineHeight, 0);
  });

  it('an empty one-line box is exactly as tall as with a line of text (no sub-pixel shift below it)', async () => {
    const { el } = await mountBlock<GrTextbox>('textbox', {
      label: 'A',
      interactive: true,
      lines: 1,
      maxLines: 4,
    });
    const area = el.querySelector('textarea')!;
    // A line height in fractions of a pixel, as a theme's font sizes give.
    area.style.lineHeight = '21.7px';
    el.lines = 2;
    await el.updateComplete;
    el.lines = 1;
    await el.updateComplete;
    await laidOut();
    const empty = area.getBoundingClientRect().height;
    await userEvent.type(area, 'a');
    expect(area.getBoundingClientRect().height).toBeCloseTo(empty, 2);
  });

  it('is sized to its first value in the frame it first shows', async () => {
    const { el } = await mountBlock<GrTextbox>('textbox', {
      label: 'A',
      lines: 1,
      maxLines: 6,
      value: 'one\ntwo\nthree\nfour',
    });
    await laidOut();
    const area = el.querySelector('textarea')!;
    const lineHeight = parseFloat(getComputedStyle(area).lineHeight);
    expect(area.clientHeight).toBeGreaterThanOrEqual(4 * lineHeight);
    expect(area.scrollHeight).toBeLessThanOrEqual(area.clientHeight + 1);
  });

  it('follows the end of a first value longer than max_lines once it shows', async () => {
    const { el } = await mountBlock<GrTextbox>('textbox', {
      label: 'A',
      lines: 1,
      maxLines: 2,
      value: Array.from({ length: 12 }, (_, i) => `line ${i}`).join('\n'),
    });
    await laidOut();
    const area = el.querySelector('textarea')!;
    expect(area.scrollTop).toBeGreaterThan(0);
    expect(area.scrollTop + area.clientHeight).toBeGreaterThanOrEqual(area.scrollHeight - 1);
  });

  it('does not follow the text when autoscroll is off', async () => {
    const { el } = await mountBlock<GrTextbox>('textbox', {
      label: 'A',
      lines: 2,
      maxLines: 3,
      autoscroll: false,
    });
    el.value = Array.from({ length: 12 }, (_, i) => `line ${i}`).join('\n');
    await el.updateComplete;
    expect(el.querySelector('textarea')!.scrollTop).toBe(0);
  });

  it('submit and stop buttons report submit and stop; stop stands alone while the box runs', async () => {
    const { el, root } = await mountBlock<GrTextbox>('textbox', {
      label: 'Prompt',
      interactive: true,
      submitBtn: 'Send',
      stopBtn: true,
    });
    const submit = vi.fn();
    const stop = vi.fn();
    root.addEventListener('gr-submit', submit);
    root.addEventListener('gr-stop', stop);
    el.querySelector<HTMLButtonElement>('button.submit-button')!.click();
    expect(submit).toHaveBeenCalledTimes(1);
    expect(el.querySelector('button.submit-button')?.textContent?.trim()).toBe('Send');
    el.querySelector<HTMLButtonElement>('button[aria-label="Stop"]')!.click();
    expect(stop).toHaveBeenCalledTimes(1);
    el.loadingStatus = {
      stage: 'generating',
      mode: 'full',
      position: null,
      size: null,
      eta: null,
      startedAt: 0,
      progress: null,
      message: null,
    };
    await el.updateComplete;
    expect(el.querySelector('button.submit-button')).toBeNull();
    expect(el.querySelector('button.stop-button')).not.toBeNull();
    el.loadingStatus = null;
    el.stopBtn = false;
    await el.updateComplete;
    expect(el.querySelector('button.stop-button')).toBeNull();
    expect(el.querySelector('button.submit-button')).not.toBeNull();
  });

  it('copy button copies the text and reports copy with {value}', async () => {
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
    const { el, root } = await mountBlock<GrTextbox>('textbox', {
      label: 'Out',
      value: 'copy me',
      buttons: ['copy'],
    });
    const onCopy = vi.fn();
    root.addEventListener('gr-copy', onCopy);
    el.querySelector<HTMLButtonElement>('.icon-buttons button')!.click();
    await vi.waitFor(() => expect(onCopy).toHaveBeenCalledTimes(1));
    expect(writeText).toHaveBeenCalledWith('copy me');
    expect((onCopy.mock.calls[0]![0] as { data: unknown }).data).toEqual({ value: 'copy me' });
    el.showLabel = false;
    await el.updateComplete;
    expect(el.querySelector('.icon-buttons')).toBeNull();
    writeText.mockRestore();
  });

  it('select reports the selected range and text', async () => {
    const { el, root } = await mountBlock<GrTextbox>('textbox', {
      label: 'A',
      interactive: true,
      value: 'hello world',
    });
    const onSelect = vi.fn();
    root.addEventListener('gr-select', onSelect);
    const area = el.querySelector('textarea')!;
    area.focus();
    area.setSelectionRange(6, 11);
    await vi.waitFor(() => expect(onSelect).toHaveBeenCalled());
    expect((onSelect.mock.lastCall![0] as { data: unknown }).data).toEqual({
      index: [6, 11],
      value: 'world',
    });
  });

  it('text_align, rtl, max_length and html_attributes reach the field', async () => {
    const { el } = await mountBlock<GrTextbox>('textbox', {
      label: 'A',
      interactive: true,
      textAlign: 'right',
      rtl: true,
      maxLength: 5,
      htmlAttributes: {
        spellcheck: false,
        autocomplete: 'off',
        lang: 'fr',
        autocorrect: 'off',
        enterkeyhint: 'send',
      },
    });
    const area = el.querySelector('textarea')!;
    expect(getComputedStyle(area).textAlign).toBe('right');
    expect(area.dir).toBe('rtl');
    expect(area.maxLength).toBe(5);
    expect(area.spellcheck).toBe(false);
    expect(area.getAttribute('autocomplete')).toBe('off');
    expect(area.lang).toBe('fr');
    expect(area.getAttribute('enterkeyhint')).toBe('send');
    await userEvent.type(area, 'abcdefgh');
    expect(el.value).toBe('abcde');
  });

  it('shows a message in the block for a value that is not text', async () => {
    const { el } = await mountBlock<GrTextbox>('textbox', { label: 'A', value: 42 });
    expect(el.querySelector('.value-error')?.textContent).toContain('not text');
  });
});
