/**
 * gr.WorkflowCanvas values: a workflow as JSON text, schema 2 (`references`, `operators`,
 * `subjects`, `edges`) or the older schema 1 (`nodes`, `edges`). Read into one list of nodes and
 * edges, then laid out left to right: each node in the column of its longest path from a source.
 */

export type NodeRole = 'reference' | 'operator' | 'subject';

export interface GraphNode {
  readonly id: string;
  readonly label: string;
  readonly role: NodeRole;
  /** What it is: the operator's Space, model, dataset or function; the asset type otherwise. */
  readonly detail: string;
  readonly column: number;
  readonly row: number;
}

export interface GraphEdge {
  readonly from: string;
  readonly to: string;
  readonly type: string;
  readonly toPort: string;
}

export interface Graph {
  readonly name: string;
  readonly description: string;
  readonly nodes: readonly GraphNode[];
  readonly edges: readonly GraphEdge[];
  readonly columns: number;
  readonly rows: number;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');
const list = (v: unknown): Json[] => (Array.isArray(v) ? v.filter(isObject) : []);

function detailOf(node: Json, role: NodeRole): string {
  if (role === 'operator') {
    const kind = text(node.kind) || text(node.source);
    const what =
      text(node.space_id) ||
      text(node.model_id) ||
      text(node.dataset_id) ||
      text(node.fn) ||
      text(node.source);
    return [kind, what].filter(Boolean).join(': ');
  }
  return text(node.asset_type) || text(node.kind);
}

/** A schema 1 node's role from its kind. */
function roleOfKind(kind: string): NodeRole {
  return kind === 'input' ? 'reference' : kind === 'output' ? 'subject' : 'operator';
}

/** The workflow in `value`, or an Error saying why it is not one; null for no workflow. */
export function readWorkflow(value: unknown): Graph | Error | null {
  if (value === null || value === undefined || value === '') return null;
  let data: unknown = value;
  if (typeof value === 'string') {
    try {
      data = JSON.parse(value);
    } catch {
      return new Error('its value is not JSON');
    }
  }
  if (!isObject(data)) return new Error('its value is not a workflow object');
  const raw: { node: Json; role: NodeRole }[] = [];
  if ('references' in data || 'operators' in data || 'subjects' in data) {
    for (const node of list(data.references)) raw.push({ node, role: 'reference' });
    for (const node of list(data.operators)) raw.push({ node, role: 'operator' });
    for (const node of list(data.subjects)) raw.push({ node, role: 'subject' });
  } else if (Array.isArray(data.nodes)) {
    for (const node of list(data.nodes)) raw.push({ node, role: roleOfKind(text(node.kind)) });
  } else {
    return new Error('it has no nodes');
  }
  const ids = new Set<string>();
  const nodes = raw.filter(({ node }) => {
    const id = text(node.id);
    if (!id || ids.has(id)) return false;
    ids.add(id);
    return true;
  });
  const edges: GraphEdge[] = list(data.edges)
    .map((e) => ({
      from: text(e.from_node_id),
      to: text(e.to_node_id),
      type: text(e.type) || 'any',
      toPort: text(e.to_port_id),
    }))
    .filter((e) => ids.has(e.from) && ids.has(e.to) && e.from !== e.to);

  // Longest path from a source, bounded so that a cycle cannot run forever.
  const depth = new Map<string, number>(nodes.map(({ node }) => [text(node.id), 0]));
  for (let pass = 0; pass < nodes.length; pass++) {
    let moved = false;
    for (const e of edges) {
      const next = depth.get(e.from)! + 1;
      if (next > depth.get(e.to)! && next < nodes.length) {
        depth.set(e.to, next);
        moved = true;
      }
    }
    if (!moved) break;
  }
  const perColumn = new Map<number, number>();
  const laid: GraphNode[] = nodes.map(({ node, role }) => {
    const id = text(node.id);
    const column = depth.get(id)!;
    const row = perColumn.get(column) ?? 0;
    perColumn.set(column, row + 1);
    return { id, label: text(node.label) || id, role, detail: detailOf(node, role), column, row };
  });
  return {
    name: text(data.name),
    description: text(data.description),
    nodes: laid,
    edges,
    columns: Math.max(0, ...laid.map((n) => n.column + 1)),
    rows: Math.max(0, ...perColumn.values()),
  };
}
