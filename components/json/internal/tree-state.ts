/** A JSON object or array: the nodes a tree can open. */
export type Branch = Record<string, unknown> | unknown[];

export const isBranch = (value: unknown): value is Branch => typeof value === 'object' && value !== null;

/** How many children of a branch are drawn at first, and added by each "show more". */
export const CHUNK = 100;
/** About how many lines are opened by default: a huge value opens its top levels, not all of it. */
export const OPEN_BUDGET = 1000;
/** The depth Gradio opens to when `open` is off. */
export const DEFAULT_DEPTH = 3;

export const childCount = (branch: Branch): number =>
  Array.isArray(branch) ? branch.length : Object.keys(branch).length;

/** A node's key within its parent: an array index or an object key. */
export type Key = string | number;

/** A node's identity in the tree, stable across equal copies of the value. */
export const pathKey = (path: readonly Key[]): string => JSON.stringify(path);

export function children(branch: Branch): [Key, unknown][] {
  return Array.isArray(branch) ? branch.map((v, i) => [i, v]) : Object.entries(branch);
}

/**
 * Which branches start open, by path: those Gradio opens (all with `open`, else the first three
 * levels), breadth first, while the lines drawn stay within the budget. Deep levels of a large
 * value start closed, so a value of ten thousand nodes never draws ten thousand lines at once.
 */
export function initialOpen(root: unknown, open: boolean, budget = OPEN_BUDGET): Set<string> {
  const opened = new Set<string>();
  if (!isBranch(root)) return opened;
  let lines = 1;
  let level: [Key[], Branch][] = [[[], root]];
  for (let depth = 0; level.length && (open || depth < DEFAULT_DEPTH); depth++) {
    const next: [Key[], Branch][] = [];
    for (const [path, branch] of level) {
      const drawn = Math.min(childCount(branch), CHUNK);
      // Opening a branch draws its children and its closing bracket.
      if (lines + drawn + 1 > budget && depth > 0) continue;
      opened.add(pathKey(path));
      lines += drawn + 1;
      for (const [key, child] of children(branch).slice(0, CHUNK))
        if (isBranch(child) && childCount(child) > 0) next.push([[...path, key], child]);
    }
    level = next;
  }
  return opened;
}

/** Whether two JSON values are equal (an equal copy of a value keeps the tree as the user left it). */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (!isBranch(a) || !isBranch(b) || Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every(
    (k, i) => k === kb[i] && sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
  );
}
