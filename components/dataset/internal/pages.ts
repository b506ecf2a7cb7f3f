/** A gap in the page list ("..."). */
export const GAP = -1;

/**
 * The page buttons a paginated dataset shows, as Gradio does: the first, current and last page,
 * each with two neighbours, and a gap (GAP) where pages are skipped. Zero-based page indices.
 */
export function visiblePages(page: number, pageCount: number): number[] {
  const pages: number[] = [];
  for (const anchor of [0, page, pageCount - 1]) {
    for (let i = anchor - 2; i <= anchor + 2; i++) {
      if (i < 0 || i >= pageCount || pages.includes(i)) continue;
      const last = pages.at(-1);
      if (last !== undefined && i - last > 1) pages.push(GAP);
      pages.push(i);
    }
  }
  return pages;
}
