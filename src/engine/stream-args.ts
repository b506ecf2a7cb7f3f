import type { DependencyConfig } from '../config/config-types.js';
import type { AppStore } from '../store/app-store.js';

/** The blocks whose `stream` trigger feeds a streaming-input event. */
export function streamSources(dep: DependencyConfig): number[] {
  return dep.targets.filter((t) => t.event === 'stream' && t.id !== null).map((t) => t.id!);
}

/**
 * A streaming input reads its event's `stream_every` and `time_limit` as props (Gradio's
 * event-specific args): it captures a chunk every `stream_every` seconds. Set before the first
 * render, and again for the listeners a @gr.render run adds.
 */
export function applyEventArgs(store: AppStore, dependencies: readonly DependencyConfig[]): void {
  for (const dep of dependencies) {
    if (dep.connection !== 'stream') continue;
    for (const id of streamSources(dep)) {
      store.patch(id, { stream_every: dep.streamEvery, time_limit: dep.timeLimit });
    }
  }
}
