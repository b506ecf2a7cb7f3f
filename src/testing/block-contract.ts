import { afterEach, describe, expect, it, vi } from 'vitest';
import { mountBlock } from './fixture.js';
import { applyProps } from '../render/prop-map.js';

/**
 * What every labelled block must do: label and show_label, visible, elem_id and elem_classes,
 * app CSS reaching inside while host CSS does not, and no event when the app sets a value.
 */
export function runBlockContract(
  type: string,
  sampleValue: unknown,
  options: { labelled?: boolean } = {},
): void {
  const labelled = options.labelled ?? true;
  describe(`<gr-${type}> block contract`, () => {
    afterEach(() => {
      document.body.replaceChildren();
      document.head.querySelectorAll('style[data-test]').forEach((s) => s.remove());
    });

    // Blocks whose text is their value (a button) have no label to check.
    if (labelled)
      it('shows its label unless show_label is off', async () => {
        const { el } = await mountBlock(type, { label: 'My label', interactive: true });
        expect(el.textContent).toContain('My label');
        applyProps(el, { show_label: false });
        await el.updateComplete;
        const label = [...el.querySelectorAll<HTMLElement>('.label')].find(
          (n) => n.textContent === 'My label',
        );
        // Hidden from sight; it may stay in the accessibility tree as the control's name.
        const box = label?.getBoundingClientRect();
        expect(label === undefined || label.hidden || box!.width <= 1 || box!.height <= 1).toBe(true);
      });

    it('visible=False hides it; elem_id and elem_classes land on the element', async () => {
      const { el } = await mountBlock(type, { label: 'L' });
      applyProps(el, { visible: false, elem_id: 'my-id', elem_classes: ['c1', 'c2'] });
      await el.updateComplete;
      expect(el.id).toBe('my-id');
      expect(el.classList.contains('c2')).toBe(true);
      expect(getComputedStyle(el).display).toBe('none');
    });

    it('app CSS reaches inside by #elem_id; host CSS does not', async () => {
      const style = document.createElement('style');
      style.dataset.test = '';
      style.textContent =
        '* { color: rgb(255, 0, 0) !important; } .block { border-color: rgb(255, 0, 0) !important; }';
      document.head.append(style);
      const { el } = await mountBlock(type, { label: 'L' }, '#styled * { color: rgb(0, 128, 0); }');
      el.id = 'styled';
      const inner = el.querySelector('*')!;
      expect(getComputedStyle(inner).color).toBe('rgb(0, 128, 0)');
      el.id = '';
      expect(getComputedStyle(inner).color).not.toBe('rgb(255, 0, 0)');
    });

    it('fires no event when the app sets its value', async () => {
      const { el, root } = await mountBlock(type, { label: 'L', interactive: true });
      const listener = vi.fn();
      for (const name of ['gr-change', 'gr-input', 'gr-click', 'gr-submit'])
        root.addEventListener(name, listener);
      applyProps(el, { value: sampleValue });
      await el.updateComplete;
      expect(listener).not.toHaveBeenCalled();
    });
  });
}
