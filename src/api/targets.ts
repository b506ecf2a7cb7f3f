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

/** A block as error messages name it. */
export function describe(block: ComponentInfo): string {
  const name = block.elemId
    ? `elem_id "${block.elemId}"`
    : block.label
      ? `"${block.label}"`
      : `id ${block.id}`;
  return `${block.type} ${name} (id ${block.id})`;
}

/** Names the blocks a target could have meant, for error messages. */
export function known(blocks: readonly ComponentInfo[]): string {
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

/** The API name as Gradio writes it in the config: `predict` (the client's `/predict` too). */
export function apiNameOf(name: string): string {
  return name.replace(/^\//, '');
}
