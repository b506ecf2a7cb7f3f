import { tagHighlighter, tags as t } from '@lezer/highlight';

/**
 * Syntax tokens as CSS classes (`tok-*`), coloured by the component's stylesheet for light and
 * dark (code.styles.ts). Classes rather than CodeMirror's inline highlight styles: the colours
 * follow the app's `.dark` wrapper live, and app css= can restyle them.
 */
export const tokenHighlighter = tagHighlighter([
  { tag: t.comment, class: 'tok-comment' },
  { tag: [t.keyword, t.null, t.regexp], class: 'tok-keyword' },
  {
    tag: [t.function(t.variableName), t.function(t.definition(t.variableName))],
    class: 'tok-function',
  },
  { tag: [t.variableName, t.self, t.labelName], class: 'tok-variable' },
  { tag: [t.definition(t.variableName)], class: 'tok-variable tok-definition' },
  { tag: [t.string, t.character, t.docString], class: 'tok-string' },
  { tag: [t.special(t.string), t.escape], class: 'tok-string2' },
  { tag: [t.bool, t.atom], class: 'tok-bool' },
  { tag: [t.propertyName], class: 'tok-property' },
  { tag: [t.function(t.propertyName)], class: 'tok-property tok-call' },
  { tag: [t.className, t.definition(t.className), t.typeName, t.namespace], class: 'tok-class' },
  { tag: [t.attributeName], class: 'tok-attribute' },
  { tag: [t.number, t.integer, t.float], class: 'tok-number' },
  { tag: [t.meta, t.annotation, t.processingInstruction, t.documentMeta], class: 'tok-meta' },
  { tag: [t.operator, t.separator, t.derefOperator], class: 'tok-operator' },
  { tag: [t.brace], class: 'tok-brace' },
  { tag: [t.squareBracket], class: 'tok-square' },
  { tag: [t.tagName], class: 'tok-tag' },
  { tag: [t.angleBracket], class: 'tok-angle' },
  { tag: [t.heading], class: 'tok-heading' },
  { tag: [t.emphasis], class: 'tok-emphasis' },
  { tag: [t.strong], class: 'tok-strong' },
  { tag: [t.link, t.url], class: 'tok-link' },
  { tag: [t.strikethrough, t.deleted], class: 'tok-deleted' },
  { tag: [t.inserted], class: 'tok-inserted' },
  { tag: [t.invalid], class: 'tok-invalid' },
]);
