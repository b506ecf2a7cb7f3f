import { afterEach, describe, expect, it } from 'vitest';
import { LitElement, html } from 'lit';
import { ViewportGate } from './viewport-gate.js';

class GateHost extends LitElement {
  opened = 0;
  approached = 0;
  readonly gate = new ViewportGate(
    this,
    () => this.opened++,
    () => this.approached++,
  );
  override render(): unknown {
    return html`<div style="height:100px">embed</div>`;
  }
}
customElements.define('gate-test-host', GateHost);

const frame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => resolve()));

async function place(style: string, wrapper = ''): Promise<GateHost> {
  const box = document.createElement('div');
  box.setAttribute('style', wrapper);
  const host = document.createElement('gate-test-host') as GateHost;
  host.setAttribute('style', `display:block;${style}`);
  box.append(host);
  document.body.append(box);
  return host;
}

afterEach(() => document.body.replaceChildren());

describe('ViewportGate', () => {
  it('opens an embed already in view when armed, before any frame is drawn', async () => {
    const host = await place('');
    host.gate.arm(false);
    // Opening is a microtask after arming: no frame in between.
    await Promise.resolve();
    expect(host.opened).toBe(1);
    await frame();
    await frame();
    expect(host.opened).toBe(1);
  });

  it('waits for an embed far below the fold, and opens it once scrolled near', async () => {
    const host = await place('margin-top:5000px');
    host.gate.arm(false);
    await frame();
    await frame();
    expect(host.opened).toBe(0);
    host.scrollIntoView();
    await expect.poll(() => host.opened).toBe(1);
    expect(host.approached).toBeLessThanOrEqual(1);
  });

  it('waits for an embed that is not rendered (display: none above it), and opens once shown', async () => {
    const host = await place('', 'display:none');
    host.gate.arm(false);
    await frame();
    await frame();
    expect(host.opened).toBe(0);
    (host.parentElement as HTMLElement).style.display = 'block';
    await expect.poll(() => host.opened).toBe(1);
  });

  it('opens an eager embed wherever it is, once', async () => {
    const host = await place('margin-top:5000px');
    host.gate.arm(false);
    host.gate.arm(true);
    await Promise.resolve();
    expect(host.opened).toBe(1);
    host.gate.arm(true);
    await frame();
    expect(host.opened).toBe(1);
  });
});
