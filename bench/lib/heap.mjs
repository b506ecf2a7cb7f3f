// Heap figures through CDP: the used JS heap after forced collections, and a heap snapshot
// summed by node type, to tell retained objects (a leak) from compiled code and browser-side
// bookkeeping (which grow as V8 optimizes and the page fetches, whatever the embed does).

/** Heap after two forced collections, plus DOM node and listener counts. */
export async function heapUsage(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const m = Object.fromEntries(metrics.map((x) => [x.name, x.value]));
  return { heap: usedSize, nodes: m.Nodes, listeners: m.JSEventListeners };
}

/** Node types that are the page's own JS values (what a leak retains). */
const JS_TYPES = new Set([
  'object',
  'closure',
  'array',
  'string',
  'concatenated string',
  'sliced string',
  'regexp',
  'heap number',
  'number',
  'symbol',
  'bigint',
  'object shape',
]);

/** Bytes and counts of JS values in a heap snapshot (code and native nodes left out). */
export async function jsObjects(cdp) {
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  const chunks = [];
  const onChunk = (e) => chunks.push(e.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  const snapshot = JSON.parse(chunks.join(''));
  const fields = snapshot.snapshot.meta.node_fields;
  const types = snapshot.snapshot.meta.node_types[0];
  const width = fields.length;
  const typeAt = fields.indexOf('type');
  const sizeAt = fields.indexOf('self_size');
  let bytes = 0;
  let count = 0;
  for (let i = 0; i < snapshot.nodes.length; i += width) {
    if (!JS_TYPES.has(types[snapshot.nodes[i + typeAt]])) continue;
    bytes += snapshot.nodes[i + sizeAt];
    count++;
  }
  return { bytes, count };
}
