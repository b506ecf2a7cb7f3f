/**
 * A chat that opens with messages renders them as Markdown (src/render/registry.ts
 * preloadFor): the parser's chunk loads with the chatbot's own. A hint only.
 */
export function preload(props: Record<string, unknown>): void {
  if (Array.isArray(props.value) && props.value.length)
    import('../common/markdown/parse.js').catch(() => undefined);
}
