/** Config prop names that differ from a plain snake_case -> camelCase conversion. */
const RENAMED: Record<string, string> = {
  _selectable: 'selectable',
  // Chatbot: set by the server when retry / undo listeners exist.
  _retryable: 'retryable',
  _undoable: 'undoable',
  // A tab's or step's own id (gr.Tab(id=...)); `id` on the element is elem_id's.
  id: 'tabId',
};

/** Names already converted: every sync of every block converts all of its props' names. */
const converted = new Map<string, string>();

/**
 * The element property a Gradio config prop sets: its snake_case name in camelCase, or its
 * renamed property. The renderer and the blocks a chat message hosts read props the same way.
 */
export function camelCase(key: string): string {
  let name = converted.get(key);
  if (name === undefined) {
    name = RENAMED[key] ?? key.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
    converted.set(key, name);
  }
  return name;
}
