import type { DependencyConfig } from '../config/config-types.js';
import type { ComponentInfo } from './types.js';
import { GradioApiError, apiNameOf, describe, known, resolveBlock, type BlockTarget } from './targets.js';

/** What `run` runs: one dependency (by api_name), or a block's event (every listener bound to it). */
export type RunTarget =
  | { kind: 'api'; dependency: DependencyConfig }
  | { kind: 'block'; block: ComponentInfo; event: string; dependencies: DependencyConfig[] };

/**
 * What a `run` target names: an `api_name` (with or without its leading slash) first, else a
 * block (id, elem_id or label) and one of its events: `event` if given, else `click` if it has
 * listeners for it, else its only event.
 */
export function resolveRun(
  dependencies: readonly DependencyConfig[],
  blocks: readonly ComponentInfo[],
  target: BlockTarget,
  event?: string,
): RunTarget {
  if (typeof target === 'string' && event === undefined) {
    const name = apiNameOf(target.trim());
    const dependency = dependencies.find((d) => d.apiName !== null && apiNameOf(d.apiName) === name);
    if (dependency) return { kind: 'api', dependency };
  }
  let block: ComponentInfo;
  try {
    block = resolveBlock(blocks, target);
  } catch (error) {
    if (error instanceof GradioApiError && error.kind === 'not-found' && typeof target === 'string') {
      const names = dependencies.flatMap((d) => (d.apiName ? [`"${apiNameOf(d.apiName)}"`] : []));
      throw new GradioApiError(
        `The app has no api_name or block "${target}". API names: ${names.join(', ') || 'none'}. ${known(blocks)}`,
        'not-found',
      );
    }
    throw error;
  }
  const events = [
    ...new Set(dependencies.flatMap((d) => d.targets.filter((t) => t.id === block.id).map((t) => t.event))),
  ];
  const chosen = event ?? (events.includes('click') ? 'click' : events.length === 1 ? events[0] : undefined);
  if (chosen === undefined) {
    throw new GradioApiError(
      events.length
        ? `${describe(block)} has several events (${events.join(', ')}): pass { event } to say which.`
        : `${describe(block)} starts no event.`,
      'not-found',
    );
  }
  const bound = dependencies.filter((d) => d.targets.some((t) => t.id === block.id && t.event === chosen));
  if (!bound.length) {
    throw new GradioApiError(`${describe(block)} has no "${chosen}" listener.`, 'not-found');
  }
  return { kind: 'block', block, event: chosen, dependencies: bound };
}
