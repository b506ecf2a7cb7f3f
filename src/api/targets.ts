import type { DependencyConfig } from '../config/config-types.js';
import type { ComponentInfo, GradioApiErrorKind } from './types.js';

/** An API call that cannot be done; `kind` says why (see the README's "Host API"). */
export class GradioApiError extends Error {
  override name = 'GradioApiError';
  constructor(
    message: string,
    readonly kind: GradioApiErrorKind,
  ) {
    super(message);
  }
}

/** How a block is named to the API: its id, its `elem_id`, or its label (a button's text). */
export type BlockTarget = string | number;

const LIST_LIMIT = 8;

function describe(block: ComponentInfo): string {
  const name = block.elemId
    ? `elem_id "${block.elemId}"`
    : block.label
      ? `"${block.label}"`
      : `id ${block.id}`;
  return `${block.type} ${name} (id ${block.id})`;
}

/** Names the blocks a target could have meant, for error messages. */
function known(blocks: readonly ComponentInfo[]): string {
  const named = blocks.filter((b) => b.elemId || b.label);
  if (!named.length) return 'The app has no block with an elem_id or a label.';
  const names = named.slice(0, LIST_LIMIT).map((b) => `"${b.elemId ?? b.label}"`);
  return `Known: ${names.join(', ')}${named.length > LIST_LIMIT ? ', …' : ''}.`;
}

/**
 * The block a target names: a number is a block id; a string is an `elem_id` (exact), else a
 * label (exact, then ignoring case and surrounding space). A label several blocks share is
 * refused, naming them, rather than guessed.
 */
export function resolveBlock(blocks: readonly ComponentInfo[], target: BlockTarget): ComponentInfo {
  if (typeof target === 'number') {
    const block = blocks.find((b) => b.id === target);
    if (!block) throw new GradioApiError(`The app has no block with id ${target}.`, 'not-found');
    return block;
  }
  if (typeof target !== 'string' || !target.trim()) {
    throw new GradioApiError('Name a block by its elem_id, its label, or its id.', 'not-found');
  }
  const byId = blocks.filter((b) => b.elemId === target);
  if (byId.length === 1) return byId[0]!;
  if (byId.length > 1) throw ambiguous(target, byId, 'elem_id');
  const exact = blocks.filter((b) => b.label === target);
  if (exact.length === 1) return exact[0]!;
  if (exact.length > 1) throw ambiguous(target, exact, 'label');
  const wanted = target.trim().toLowerCase();
  const loose = blocks.filter((b) => b.label?.trim().toLowerCase() === wanted);
  if (loose.length === 1) return loose[0]!;
  if (loose.length > 1) throw ambiguous(target, loose, 'label');
  throw new GradioApiError(
    `The app has no block with elem_id or label "${target}". ${known(blocks)}`,
    'not-found',
  );
}

function ambiguous(target: string, matches: readonly ComponentInfo[], what: string): GradioApiError {
  return new GradioApiError(
    `${matches.length} blocks have the ${what} "${target}": ${matches.map(describe).join(', ')}. Name one by its id.`,
    'ambiguous',
  );
}

/** What `run` runs: one dependency (by api_name), or a block's event (every listener bound to it). */
export type RunTarget =
  | { kind: 'api'; dependency: DependencyConfig }
  | { kind: 'block'; block: ComponentInfo; event: string; dependencies: DependencyConfig[] };

/** The API name as Gradio writes it in the config: `predict` (the client's `/predict` too). */
export function apiNameOf(name: string): string {
  return name.replace(/^\//, '');
}

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
