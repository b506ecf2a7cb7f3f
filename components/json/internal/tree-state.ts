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

/**
 * Which branches start open: those Gradio opens (all with `open`, else the first three levels),
 * breadth first, while the lines drawn stay within the budget. Deep levels of a large value start
 * closed, so a value of ten thousand nodes never draws ten thousand lines at once.
 */
export function initialOpen(root: unknown, open: boolean, budget = OPEN_BUDGET): Set<Branch> {
  const opened = new Set<Branch>();
  if (!isBranch(root)) return opened;
  let lines = 1;
  let level: Branch[] = [root];
  for (let depth = 0; level.length && (open || depth < DEFAULT_DEPTH); depth++) {
    const next: Branch[] = [];
    for (const branch of level) {
      const drawn = Math.min(childCount(branch), CHUNK);
      // Opening a branch draws its children and its closing bracket.
      if (lines + drawn + 1 > budget && depth > 0) continue;
      opened.add(branch);
      lines += drawn + 1;
      const children = Array.isArray(branch) ? branch : Object.values(branch);
      for (const child of children.slice(0, CHUNK)) if (isBranch(child)) next.push(child);
    }
    level = next;
  }
  return opened;
}
