// Median and spread of a list of numbers.

/** { n, median, min, max, q1, q3 } of the values, or null when there are none. */
export function stats(values) {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q) => {
    const i = (sorted.length - 1) * q;
    const lo = Math.floor(i);
    return sorted[lo] + (sorted[Math.ceil(i)] - sorted[lo]) * (i - lo);
  };
  return {
    n: sorted.length,
    median: at(0.5),
    min: sorted[0],
    max: sorted.at(-1),
    q1: at(0.25),
    q3: at(0.75),
  };
}

/** Ours over official, by medians; null when either is missing or the official one is 0. */
export function ratio(ours, official) {
  if (!ours || !official || official.median === 0) return null;
  return ours.median / official.median;
}
