import { html, nothing, type TemplateResult } from 'lit';
import type { LoadingStatus } from './loading-status.js';

function queueText(status: LoadingStatus): string {
  if (status.position !== null && status.size !== null && status.position > 0) {
    return `queue: ${status.position + 1}/${status.size}`;
  }
  return 'processing';
}

function etaText(status: LoadingStatus): string {
  const elapsed = (performance.now() - status.startedAt) / 1000;
  return status.eta ? `${elapsed.toFixed(1)}/${status.eta.toFixed(1)}s` : `${elapsed.toFixed(1)}s`;
}

function renderProgress(levels: LoadingStatus['progress']): TemplateResult | typeof nothing {
  if (!levels?.length) return nothing;
  const level = levels[levels.length - 1]!;
  const fraction =
    level.progress ?? (level.index !== null && level.length ? level.index / level.length : null);
  const desc = levels
    .map((l) => l.desc)
    .filter(Boolean)
    .join(' / ');
  const count =
    level.index !== null && level.length !== null ? `${level.index}/${level.length} ${level.unit ?? ''}` : '';
  return html`<div class="gr-progress">
    <div
      class="gr-progress-bar"
      role="progressbar"
      aria-label=${desc || 'Progress'}
      aria-valuemin="0"
      aria-valuemax="100"
      aria-valuenow=${fraction === null ? nothing : Math.round(fraction * 100)}
    >
      <div
        class="gr-progress-fill"
        style="width:${fraction === null ? 0 : Math.round(fraction * 100)}%"
      ></div>
    </div>
    <div class="gr-progress-text">
      ${desc ? html`<span class="gr-progress-desc">${desc}</span>` : nothing}
      ${fraction !== null ? html`<span>${Math.round(fraction * 100)}%</span>` : nothing}
      ${count ? html`<span>${count.trim()}</span>` : nothing}
    </div>
  </div>`;
}

/**
 * Draws a block's status: an overlay while pending, a pulsing border while generating, an error
 * badge after a failure. Nothing when complete or hidden.
 */
export function renderStatusTracker(status: LoadingStatus | null): TemplateResult | typeof nothing {
  if (!status || status.mode === 'hidden') return nothing;
  if (status.stage === 'error') {
    return html`<div class="gr-status gr-status-error" role="status">
      <span class="gr-status-badge">Error</span>
    </div>`;
  }
  if (status.stage !== 'pending') return nothing;
  const minimal = status.mode === 'minimal';
  return html`<div
    class="gr-status ${minimal ? 'gr-status-minimal' : 'gr-status-full'}"
    role="status"
    aria-busy="true"
  >
    ${minimal ? nothing : html`<span class="gr-spinner" aria-hidden="true"></span>`}
    <span class="gr-status-text"
      >${queueText(status)} · <span class="gr-status-eta">${etaText(status)}</span></span
    >
    ${minimal ? nothing : renderProgress(status.progress)}
  </div>`;
}
