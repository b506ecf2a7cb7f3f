import { isFileData, type FileData } from '../../../src/base/file-data.js';

/**
 * The chat's value as we draw it. Gradio servers send one of three shapes, and the element keeps
 * the one it was given (it is the value the server expects back):
 *
 * - 6.x messages: `{role, content: [{type: "text", text} | {type: "file", file, alt_text} |
 *   {type: "component", component, value, props, constructor_args}], metadata, options}`;
 * - 5.x (and 4.38+) messages: the same, with one content item that is a string, `{file,
 *   alt_text}` or `{component, value, ...}`;
 * - 4.x / 5.x tuples: `[[user, bot], ...]`, each side a content item or null.
 *
 * Each content item becomes one `ChatMessage` (Gradio's NormalisedMessage), and thoughts whose
 * `metadata.parent_id` names another thought's `metadata.id` are nested under it.
 */

export type Role = 'user' | 'assistant' | 'system';
export type ValueFormat = 'messages' | 'tuples';

/** Gradio's MetadataDict: a message with a `title` is a thought (tool use, reasoning). */
export interface ThoughtMetadata {
  readonly title?: string | null;
  readonly id?: string | number | null;
  readonly parent_id?: string | number | null;
  readonly log?: string | null;
  readonly duration?: number | null;
  readonly status?: 'pending' | 'done' | null;
}

export interface MessageOption {
  readonly value: string;
  readonly label?: string;
}

/** How a file is shown inline, from its MIME type (as Gradio picks the component). */
export type MediaKind = 'image' | 'audio' | 'video' | 'model3d' | 'file';

export type Part =
  | { readonly kind: 'text'; readonly text: string }
  | {
      readonly kind: 'file';
      readonly media: MediaKind;
      readonly files: readonly FileData[];
      readonly alt: string | null;
    }
  | {
      readonly kind: 'component';
      readonly component: string;
      readonly value: unknown;
      readonly props: Readonly<Record<string, unknown>>;
    };

export interface ChatMessage {
  /** Stable for the message's place in the value: render keys and remembered UI state. */
  readonly key: string;
  readonly role: Role;
  readonly part: Part;
  /** Gradio's index: the message's place in the value, or `[pair, side]` for tuples. */
  readonly index: number | readonly [number, number];
  readonly metadata: ThoughtMetadata | null;
  readonly options: readonly MessageOption[] | null;
  /** What Gradio's events report as this message's value (NormalisedMessage.content). */
  readonly content: unknown;
  /** Nested thoughts. */
  readonly children: readonly ChatMessage[];
}

/** Consecutive messages of one role, drawn in one bubble (`group_consecutive_messages`). */
export interface MessageGroup {
  readonly role: 'user' | 'assistant';
  readonly messages: readonly ChatMessage[];
}

const MODEL_EXTENSIONS = /\.(glb|gltf|obj|stl|splat|ply)$/i;

/** Gradio's `get_component_for_mime_type`. */
export function mediaKind(file: FileData): MediaKind {
  const mime = file.mime_type ?? '';
  if (!mime) return MODEL_EXTENSIONS.test(file.path ?? '') ? 'model3d' : 'file';
  if (mime.includes('audio')) return 'audio';
  if (mime.includes('video')) return 'video';
  if (mime.includes('image')) return 'image';
  if (mime.includes('model')) return 'model3d';
  return 'file';
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The shape of a value; an empty one is read as the element's `type` says. */
export function valueFormat(value: unknown, type: string | null | undefined): ValueFormat {
  if (Array.isArray(value) && value.length) return Array.isArray(value[0]) ? 'tuples' : 'messages';
  return type === 'tuples' ? 'tuples' : 'messages';
}

/** A file message's event value: Gradio's ComponentData for the component it shows the file with. */
function fileContent(files: FileData | FileData[], alt: string | null): Record<string, unknown> {
  const first = Array.isArray(files) ? files[0]! : files;
  const component = mediaKind(first);
  return {
    component,
    value: component === 'file' ? (Array.isArray(files) ? files : [files]) : files,
    alt_text: alt,
    constructor_args: {},
    props: {},
  };
}

/** One content item (any version's spelling) as a part, and its event value. */
function readItem(item: unknown, where: string): { part: Part; content: unknown } {
  if (typeof item === 'string') return { part: { kind: 'text', text: item }, content: item };
  if (!isRecord(item)) throw new TypeError(`${where} has content of an unknown kind`);
  if (
    item.type === 'text' ||
    (typeof item.text === 'string' && !('file' in item) && !('component' in item))
  ) {
    const text = typeof item.text === 'string' ? item.text : '';
    return { part: { kind: 'text', text }, content: text };
  }
  if ('file' in item || isFileData(item)) {
    const raw = 'file' in item ? item.file : item;
    const files = (Array.isArray(raw) ? raw : [raw]).filter(isFileData);
    if (!files.length) throw new TypeError(`${where} names a file without a path`);
    const alt = typeof item.alt_text === 'string' ? item.alt_text : null;
    return {
      part: { kind: 'file', media: mediaKind(files[0]!), files, alt },
      content: fileContent(Array.isArray(raw) ? files : files[0]!, alt),
    };
  }
  if (typeof item.component === 'string') {
    return {
      part: {
        kind: 'component',
        component: item.component,
        value: item.value ?? null,
        props: isRecord(item.props) ? item.props : {},
      },
      content: item,
    };
  }
  throw new TypeError(`${where} has content of an unknown kind`);
}

function readRole(role: unknown, where: string): Role {
  if (role === 'user' || role === 'assistant' || role === 'system') return role;
  throw new TypeError(`${where} has no role "user", "assistant" or "system"`);
}

function readOptions(options: unknown): readonly MessageOption[] | null {
  if (!Array.isArray(options) || !options.length) return null;
  return options
    .filter(isRecord)
    .map((o) => ({ value: String(o.value ?? ''), label: typeof o.label === 'string' ? o.label : undefined }));
}

/** Two JSON values with the same content (same objects are equal at once). */
function sameContent(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  if (keysA.length !== Object.keys(b).length) return false;
  return keysA.every(
    (key) =>
      Object.hasOwn(b, key) &&
      sameContent((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
  );
}

/** What one place of the value held last time, and what it was read as. */
interface Read {
  readonly entry: unknown;
  readonly messages: readonly ChatMessage[];
}

/**
 * Turns values into messages, remembering what each place of the value held: an entry equal to
 * the one read there before (the same object, or the same content) comes back as the same
 * ChatMessage objects. Each new value (a streamed chunk, a whole new history from the server)
 * therefore yields the same ChatMessages for its unchanged messages, and the chat redraws only
 * the messages that really changed.
 */
export class MessageReader {
  #previous: Read[] = [];

  read(value: unknown, type: string | null | undefined): { format: ValueFormat; messages: ChatMessage[] } {
    const format = valueFormat(value, type);
    if (value === null || value === undefined) {
      this.#previous = [];
      return { format, messages: [] };
    }
    if (!Array.isArray(value)) throw new TypeError('its value is not a list of messages');
    const flat: ChatMessage[] = [];
    const reads: Read[] = [];
    value.forEach((entry: unknown, i) => {
      if (typeof entry !== 'object' || entry === null)
        throw new TypeError(`message ${i + 1} is not a message`);
      const before = this.#previous[i];
      const messages =
        before && sameContent(before.entry, entry)
          ? before.messages
          : format === 'tuples'
            ? this.#readPair(entry, i)
            : this.#readMessage(entry, i);
      reads.push({ entry, messages });
      flat.push(...messages);
    });
    this.#previous = reads;
    return { format, messages: nestThoughts(flat) };
  }

  #readMessage(entry: object, i: number): ChatMessage[] {
    const where = `message ${i + 1}`;
    if (Array.isArray(entry)) throw new TypeError(`${where} is a pair; the chat holds messages`);
    const message = entry as Record<string, unknown>;
    const role = readRole(message.role, where);
    const metadata = isRecord(message.metadata) ? (message.metadata as ThoughtMetadata) : null;
    const options = readOptions(message.options);
    const items = Array.isArray(message.content) ? message.content : [message.content];
    return items
      .filter((item) => item !== null && item !== undefined)
      .map((item, p) => {
        const { part, content } = readItem(item, where);
        return {
          key: items.length > 1 ? `${i}.${p}` : String(i),
          role,
          part,
          index: i,
          metadata,
          options,
          content,
          children: [],
        };
      });
  }

  #readPair(entry: object, i: number): ChatMessage[] {
    if (!Array.isArray(entry)) throw new TypeError(`message ${i + 1} is not a [user, bot] pair`);
    const out: ChatMessage[] = [];
    entry.slice(0, 2).forEach((item: unknown, side) => {
      if (item === null || item === undefined) return;
      const { part, content } = readItem(item, `message ${i + 1}`);
      out.push({
        key: `${i}-${side}`,
        role: side === 0 ? 'user' : 'assistant',
        part,
        index: [i, side] as const,
        metadata: null,
        options: null,
        content,
        children: [],
      });
    });
    return out;
  }
}

/**
 * Gradio's thought tree: a message with `metadata.id` and a `title` can take children; a later
 * message whose `parent_id` names it goes under it rather than in the conversation.
 */
function nestThoughts(flat: ChatMessage[]): ChatMessage[] {
  if (!flat.some((m) => m.metadata?.parent_id)) return flat;
  type Node = ChatMessage & { children: ChatMessage[] };
  const thoughts = new Map<string, Node>();
  const top: ChatMessage[] = [];
  for (const message of flat) {
    const { id, title, parent_id: parentId } = message.metadata ?? {};
    const parent = parentId ? thoughts.get(String(parentId)) : undefined;
    const node: ChatMessage = id && title ? ({ ...message, children: [] } as Node) : message;
    if (id && title) thoughts.set(String(id), node as Node);
    if (parent) parent.children.push(node);
    else top.push(node);
  }
  return top;
}

/** Gradio's grouping: system messages are not shown; a role change starts a new bubble. */
export function groupMessages(messages: readonly ChatMessage[], consecutive: boolean): MessageGroup[] {
  const groups: { role: 'user' | 'assistant'; messages: ChatMessage[] }[] = [];
  for (const message of messages) {
    if (message.role === 'system') continue;
    const last = groups[groups.length - 1];
    if (consecutive && last?.role === message.role) last.messages.push(message);
    else groups.push({ role: message.role, messages: [message] });
  }
  return groups;
}

/** A thought as plain text (Gradio's `get_thought_content`), for copying. */
function thoughtText(message: ChatMessage, depth = 0): string {
  const indent = '  '.repeat(depth);
  let text = '';
  if (message.metadata?.title) text += `${indent}${depth > 0 ? '- ' : ''}${message.metadata.title}\n`;
  if (message.part.kind === 'text') text += `${indent}  ${message.part.text}\n`;
  for (const child of message.children) text += thoughtText(child, depth + 1);
  return text;
}

/** A group's text for its copy button (Gradio's `all_text`); null unless every message is text. */
export function groupText(messages: readonly ChatMessage[]): string | null {
  if (!messages.every((m) => m.part.kind === 'text')) return null;
  return messages
    .map((m) => (m.metadata?.title ? thoughtText(m) : (m.part as { text: string }).text))
    .join('\n');
}

/** The whole conversation as text (Gradio's copy-all button). */
export function conversationText(messages: readonly ChatMessage[]): string {
  return messages
    .map((m) => {
      if (m.part.kind === 'text') return `${m.role}: ${m.part.text}`;
      const file = m.part.kind === 'file' ? m.part.files[0] : (m.part.value as FileData | null);
      return `${m.role}: ${file?.url ?? ''}`;
    })
    .join('\n\n');
}

/**
 * The user message that retry and undo act on: the last one before the trailing assistant
 * messages (Gradio's `UndoRetryData`).
 */
export function lastUserTurn(messages: readonly ChatMessage[]): { index: unknown; value: unknown } | null {
  let i = messages.length - 1;
  while (i >= 0 && messages[i]!.role === 'assistant') i--;
  const message = messages[i];
  return message ? { index: message.index, value: message.content } : null;
}

/** The first file a group shows, for its download button (Gradio's `get_file`). */
export function groupFile(messages: readonly ChatMessage[]): FileData | null {
  for (const m of messages) {
    if (m.part.kind === 'file') return m.part.files[0] ?? null;
    if (m.part.kind === 'component' && ['audio', 'video', 'image', 'file'].includes(m.part.component)) {
      const value = Array.isArray(m.part.value) ? m.part.value[0] : m.part.value;
      if (isFileData(value)) return value;
    }
  }
  return null;
}

/**
 * The value after the user edited a message's text, in the value's own shape: 6.x replaces the
 * message's content with one text part, 5.x with the string, tuples the pair's side.
 */
export function withEditedText(
  value: readonly unknown[],
  index: number | readonly [number, number],
  text: string,
): unknown[] {
  const next = [...value];
  if (Array.isArray(index)) {
    const [i, side] = index as readonly [number, number];
    const pair = [...(next[i] as unknown[])];
    pair[side] = text;
    next[i] = pair;
    return next;
  }
  const i = index as number;
  const message = next[i] as Record<string, unknown>;
  next[i] = { ...message, content: Array.isArray(message.content) ? [{ text, type: 'text' }] : text };
  return next;
}
