import { describe, expect, it } from 'vitest';
import { render } from 'lit';
import { ToastList, renderToasts } from './toasts.js';

describe('renderToasts', () => {
  it('keeps an empty live region in the root, so the first toast is announced', () => {
    const host = document.createElement('div');
    const list = new ToastList(() => render(renderToasts(list), host));
    render(renderToasts(list), host);
    const region = host.querySelector('.gr-toasts')!;
    expect(region.getAttribute('aria-live')).toBe('polite');
    expect(region.children).toHaveLength(0);

    // The toast lands in that same region: an error as an alert, the rest as a status.
    list.add({ level: 'error', title: '', message: 'Broke', duration: null, visible: true });
    list.add({ level: 'info', title: '', message: 'Note', duration: null, visible: true });
    expect(host.querySelector('.gr-toasts')).toBe(region);
    expect(region.querySelector('[role=alert]')!.textContent).toContain('Broke');
    expect(region.querySelector('[role=status]')!.textContent).toContain('Note');
    list.clear();
  });
});
