import type { ComponentConfig, LayoutNode } from './config-types.js';

/** One node of the render tree: a block, its type, and its children if it is a container. */
export interface BlockNode {
  readonly id: number;
  readonly type: string;
  readonly children?: readonly BlockNode[];
}

/**
 * Joins the layout (ids) with the components (types) into the tree the renderer walks. Layout
 * ids without a component entry (the Blocks root) become a `column` so their children still show.
 */
export function buildTree(layout: LayoutNode, components: ReadonlyMap<number, ComponentConfig>): BlockNode {
  const visit = (node: LayoutNode, isRoot: boolean): BlockNode => {
    const component = components.get(node.id);
    const type = component?.type ?? (isRoot ? 'root' : 'unknown');
    const children = node.children?.map((child) => visit(child, false));
    return children ? { id: node.id, type, children } : { id: node.id, type };
  };
  return visit(layout, true);
}

/** Every block type in a tree, to load their modules before the first render. */
export function typesIn(node: BlockNode, into = new Set<string>()): Set<string> {
  into.add(node.type);
  node.children?.forEach((child) => typesIn(child, into));
  return into;
}
