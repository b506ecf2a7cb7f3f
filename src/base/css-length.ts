/** Gradio sizes (height, width, min_height…) are px numbers or any CSS length. */
export function cssLength(value: number | string | null | undefined): string | undefined {
  if (value === null || value === undefined) return undefined;
  return typeof value === 'number' ? `${value}px` : value;
}
