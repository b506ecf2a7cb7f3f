import { describe, expect, it } from 'vitest';
import { render } from 'lit';
import { renderStatusTracker } from './status-tracker.js';
import type { LoadingStatus } from './loading-status.js';

const status = (partial: Partial<LoadingStatus>): LoadingStatus => ({
  stage: 'pending',
  mode: 'full',
  position: null,
  size: null,
  eta: null,
  startedAt: performance.now(),
  progress: null,
  message: null,
  ...partial,
});

function draw(s: LoadingStatus | null): HTMLElement {
  const host = document.createElement('div');
  render(renderStatusTracker(s), host);
  return host;
}

describe('renderStatusTracker', () => {
  it('full mode: spinner, queue position and size, ETA', () => {
    const host = draw(status({ position: 2, size: 5, eta: 3 }));
    expect(host.querySelector('.gr-spinner')).not.toBeNull();
    expect(host.textContent).toContain('queue: 3/5');
    expect(host.querySelector('.gr-status-eta')!.textContent).toMatch(/^\d+\.\d\/3\.0s$/);
  });

  it('minimal mode: timer and queue text, no spinner or overlay', () => {
    const host = draw(status({ mode: 'minimal' }));
    expect(host.querySelector('.gr-spinner')).toBeNull();
    expect(host.querySelector('.gr-status-minimal')!.textContent).toContain('processing');
  });

  it('hidden mode and complete draw nothing; errors draw a badge', () => {
    expect(draw(status({ mode: 'hidden' })).querySelector('.gr-status')).toBeNull();
    expect(draw(status({ stage: 'complete' })).querySelector('.gr-status')).toBeNull();
    expect(draw(status({ stage: 'error' })).textContent).toContain('Error');
  });

  it('progress levels: the last level as a bar, descriptions joined', () => {
    const host = draw(
      status({
        progress: [
          { progress: null, index: 1, length: 3, unit: 'epochs', desc: 'Training' },
          { progress: 0.25, index: null, length: null, unit: null, desc: 'Batch' },
        ],
      }),
    );
    expect(host.querySelector('[role=progressbar]')!.getAttribute('aria-valuenow')).toBe('25');
    expect(host.querySelector('.gr-progress-desc')!.textContent).toBe('Training / Batch');
    // The bar is named (axe's aria-progressbar-name): by its descriptions, else "Progress".
    expect(host.querySelector('[role=progressbar]')!.getAttribute('aria-label')).toBe('Training / Batch');
    const unnamed = draw(
      status({ progress: [{ progress: 0.5, index: null, length: null, unit: null, desc: null }] }),
    );
    expect(unnamed.querySelector('[role=progressbar]')!.getAttribute('aria-label')).toBe('Progress');
  });
});
