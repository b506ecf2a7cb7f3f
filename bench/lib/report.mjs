// The budget check (issue 4) and the markdown report.

const ENTRY_BUDGET_KIB = 10;
/**
 * Retained JS values per mount/unmount cycle (heap-snapshot diff over the second half of the
 * cycles) that we count as noise. The used-heap slope is reported too, but it also holds the
 * code V8 compiles as the remount path gets hot, which is not a leak.
 */
const LEAK_NOISE_BYTES_PER_CYCLE = 256;

const find = (rows, figurePrefix, metric) =>
  rows.find((r) => r.figure.startsWith(figurePrefix) && r.metric === metric);

/** One line per budget item: target, where we stand, met or missed by how much. */
export function budget(rows) {
  const out = [];
  const add = (item, target, value, met, miss) =>
    out.push({
      item,
      target,
      value,
      status: value === null ? 'not measured' : met ? 'met' : `missed by ${miss}`,
    });

  const entry = find(rows, '1.', 'before visible: gzip')?.ours;
  add(
    'Entry module (all that loads before the embed is visible)',
    `≤ ${ENTRY_BUDGET_KIB} KiB gzip`,
    entry ? `${fmt(entry.median)} KiB gzip` : null,
    entry && entry.median <= ENTRY_BUDGET_KIB,
    entry && `${fmt(entry.median - ENTRY_BUDGET_KIB)} KiB (${pct(entry.median / ENTRY_BUDGET_KIB - 1)})`,
  );

  const total = find(rows, '1.', 'total: gzip');
  add(
    'Everything for a simple Interface',
    '≤ 1/3 of official bytes (gzip)',
    total?.ratio != null
      ? `${fmt(total.ours.median)} vs ${fmt(total.official.median)} KiB = ${fmt(total.ratio, 2)}×`
      : null,
    total?.ratio != null && total.ratio <= 1 / 3,
    total?.ratio != null &&
      `${fmt(total.ours.median - total.official.median / 3)} KiB (ratio ${fmt(total.ratio, 2)} vs 0.33)`,
  );

  const time = find(rows, '3.', 'navigation to usable');
  add(
    'Time to usable',
    '≤ 1/2 of official',
    time?.ratio != null
      ? `${fmt(time.ours.median, 0)} vs ${fmt(time.official.median, 0)} ms = ${fmt(time.ratio, 2)}×`
      : null,
    time?.ratio != null && time.ratio <= 0.5,
    time?.ratio != null &&
      `${fmt(time.ours.median - time.official.median / 2, 0)} ms (ratio ${fmt(time.ratio, 2)} vs 0.5)`,
  );

  const off = find(rows, '2.', 'requests beyond the entry module while below the fold')?.ours;
  add(
    'Off-screen embed',
    '0 requests beyond the entry module',
    off ? `${fmt(off.max, 0)} (max over runs)` : null,
    off && off.max === 0,
    off && `${fmt(off.max, 0)} requests`,
  );

  const retained = rows.find(
    (r) => r.figure.startsWith('4.') && r.metric.startsWith('retained JS values per cycle over'),
  )?.ours;
  const slope = rows.find((r) => r.figure.startsWith('4.') && r.metric.startsWith('growth per cycle'))?.ours;
  add(
    'Heap over mount/unmount cycles',
    `no growth beyond noise (≤ ${LEAK_NOISE_BYTES_PER_CYCLE} B of retained JS values per cycle)`,
    retained
      ? `${fmt(retained.median, 0)} B/cycle retained (used heap: +${fmt(slope?.median, 1)} KiB/cycle, mostly compiled code)`
      : null,
    retained && retained.median <= LEAK_NOISE_BYTES_PER_CYCLE,
    retained && `${fmt(retained.median - LEAK_NOISE_BYTES_PER_CYCLE, 0)} B per cycle`,
  );
  return out;
}

function fmt(value, digits = 1) {
  if (value === null || value === undefined || Number.isNaN(value)) return '–';
  if (Math.abs(value) < 0.5 * 10 ** -digits) value = 0; // no "-0"
  return value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}
const pct = (x) => `${Math.round(x * 100)}%`;

function cell(s, unit) {
  if (!s) return '–';
  const digits = unit === 'n' || unit === 'ms' ? 0 : unit === 'MiB' ? 2 : 1;
  if (s.min === s.max) return `${fmt(s.median, digits)}`;
  return `${fmt(s.median, digits)} (${fmt(s.min, digits)}–${fmt(s.max, digits)})`;
}

export function renderMarkdown({ meta, rows, budget: items }) {
  const lines = [
    '# Benchmark: our `<gradio-app>` vs the official one',
    '',
    `${meta.date} · commit ${meta.commit} (gradio.js sha256 ${meta.build}) · gradio ${meta.gradio} · Chromium ${meta.chromium} · Node ${meta.node}`,
    `· ${meta.reps} runs per side (${meta.heapReps} for the heap figure, ${meta.cycles} cycles; ${meta.slowReps} for figures 7–8${meta.netReps ? `; ${meta.netReps} for figure 12` : ''}), alternating,`,
    `fresh browser context with the cache disabled per run · whole run ${Math.round(meta.seconds)} s.`,
    '',
    'Cells: median (min–max). Ratio: ours / official, by medians. gzip is computed (level 9) on',
    'each response body, so both sides are compared at the same compression; "on the wire" is',
    'what the servers actually sent (our host site serves uncompressed, the Gradio server',
    'compresses some responses). See bench/README.md for what each figure measures.',
    '',
    '## Budget (issue 4)',
    '',
    '| budget | target | where we stand | status |',
    '|---|---|---|---|',
    ...items.map((b) => `| ${b.item} | ${b.target} | ${b.value ?? '–'} | ${b.status} |`),
    '',
    '## Figures',
    '',
    '| figure | metric | unit | ours | official | ratio | note |',
    '|---|---|---|---|---|---|---|',
    ...rows.map(
      (r) =>
        `| ${r.figure} | ${r.metric} | ${r.unit} | ${cell(r.ours, r.unit)} | ${cell(r.official, r.unit)} | ${
          r.ratio === null ? '–' : `${fmt(r.ratio, 2)}×`
        } | ${r.note} |`,
    ),
    '',
  ];
  return lines.join('\n');
}
