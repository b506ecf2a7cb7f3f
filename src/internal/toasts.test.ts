import { describe, expect, it, vi } from 'vitest';
import { render } from 'lit';
import { ToastList, renderToasts } from './toasts.js';

describe('renderToasts', () => {
  it('keeps an empty live region in the root, so the first toast is announced', async () => {
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
    // Drawn once the stack's own module has loaded (it loads with the first toast).
    await vi.waitFor(() => expect(region.querySelector('[role=alert]')!.textContent).toContain('Broke'));
    expect(region.querySelector('[role=status]')!.textContent).toContain('Note');
    list.clear();
  });

  it("draws each toast by its id: closing one leaves the other's element alone", async () => {
    const host = document.createElement('div');
    const list = new ToastList(() => render(renderToasts(list), host));
    render(renderToasts(list), host);
    list.add({ level: 'warning', title: '', message: 'First', duration: null, visible: true });
    list.add({ level: 'info', title: '', message: 'Second', duration: null, visible: true });
    await vi.waitFor(() => expect(host.querySelectorAll('.gr-toast')).toHaveLength(2));
    const second = host.querySelectorAll('.gr-toast')[1]!;
    host.querySelector<HTMLButtonElement>('.gr-toast-close')!.click();
    expect([...host.querySelectorAll('.gr-toast')]).toEqual([second]);
    expect(second.textContent).toContain('Second');
    list.clear();
  });
});
