import { describe, expect, it } from 'vitest';
import type { DependencyConfig } from '../config/config-types.js';
import type { ComponentInfo } from './types.js';
import { GradioApiError, resolveBlock } from './targets.js';
import { resolveRun } from './run-target.js';

const block = (
  id: number,
  type: string,
  label: string | null,
  elemId: string | null = null,
): ComponentInfo => ({
  id,
  type,
  label,
  elemId,
  interactive: null,
});

const blocks = [
  block(1, 'textbox', 'Prompt', 'prompt'),
  block(2, 'textbox', 'Result'),
  block(3, 'button', 'Go', 'go-btn'),
  block(4, 'textbox', 'twin'),
  block(5, 'textbox', 'twin'),
  block(6, 'textbox', 'prompt'),
];

const dep = (id: number, apiName: string | null, targets: [number | null, string][]): DependencyConfig =>
  ({
    id,
    apiName,
    targets: targets.map(([target, event]) => ({ id: target, event })),
    inputs: [1],
    outputs: [2],
    backendFn: true,
  }) as DependencyConfig;

const deps = [
  dep(0, 'predict', [[3, 'click']]),
  dep(1, null, [
    [1, 'submit'],
    [1, 'change'],
  ]),
  dep(2, null, [[3, 'click']]),
];

const kindOf = (f: () => unknown): string | null => {
  try {
    f();
    return null;
  } catch (error) {
    return error instanceof GradioApiError ? `${error.kind}: ${error.message}` : String(error);
  }
};

describe('resolveBlock', () => {
  it('takes an id, then an elem_id, then an exact label, then a label ignoring case and space', () => {
    expect(resolveBlock(blocks, 2).id).toBe(2);
    // elem_id "prompt" wins over block 6 labelled "prompt".
    expect(resolveBlock(blocks, 'prompt').id).toBe(1);
    expect(resolveBlock(blocks, 'Result').id).toBe(2);
    expect(resolveBlock(blocks, '  result ').id).toBe(2);
    expect(resolveBlock(blocks, 'Go').id).toBe(3);
  });

  it('refuses a shared label, naming the blocks, and an unknown name, listing known ones', () => {
    expect(kindOf(() => resolveBlock(blocks, 'twin'))).toBe(
      'ambiguous: 2 blocks have the label "twin": textbox "twin" (id 4), textbox "twin" (id 5). Name one by its id.',
    );
    expect(kindOf(() => resolveBlock(blocks, 'nope'))).toMatch(
      /^not-found: .*"nope"\. Known: "prompt", "Result"/,
    );
    expect(kindOf(() => resolveBlock(blocks, 99))).toBe('not-found: The app has no block with id 99.');
    expect(kindOf(() => resolveBlock(blocks, ' '))).toMatch(/^not-found: Name a block/);
  });
});

describe('resolveRun', () => {
  it('finds an api_name with or without its slash before any block', () => {
    expect(resolveRun(deps, blocks, '/predict')).toEqual({ kind: 'api', dependency: deps[0] });
    expect(resolveRun(deps, blocks, 'predict')).toEqual({ kind: 'api', dependency: deps[0] });
  });

  it("runs a button's click listeners (all of them), or the event named", () => {
    const run = resolveRun(deps, blocks, 'go-btn');
    expect(run).toMatchObject({ kind: 'block', event: 'click' });
    expect(run.kind === 'block' && run.dependencies.map((d) => d.id)).toEqual([0, 2]);
    const submit = resolveRun(deps, blocks, 'prompt', 'submit');
    expect(submit.kind === 'block' && submit.dependencies.map((d) => d.id)).toEqual([1]);
  });

  it('asks which event of a block with several, and says when a block starts none', () => {
    expect(kindOf(() => resolveRun(deps, blocks, 'prompt'))).toMatch(
      /^not-found: textbox elem_id "prompt" \(id 1\) has several events \(submit, change\)/,
    );
    expect(kindOf(() => resolveRun(deps, blocks, 'Result'))).toMatch(/starts no event\.$/);
    expect(kindOf(() => resolveRun(deps, blocks, 'go-btn', 'change'))).toMatch(/has no "change" listener/);
    expect(kindOf(() => resolveRun(deps, blocks, 'nope'))).toMatch(
      /^not-found: The app has no api_name or block "nope"\. API names: "predict"\./,
    );
  });
});
