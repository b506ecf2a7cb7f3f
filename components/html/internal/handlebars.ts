/**
 * The Handlebars language that gr.HTML's `html_template` and `css_template` use (Gradio runs
 * Handlebars 4 before the JS template literal), interpreted rather than compiled to code:
 * mustaches `{{x}}` (HTML-escaped) and `{{{x}}}` / `{{& x}}` (raw), comments, whitespace
 * control `~`, standalone block lines, paths (`a.b`, `this`, `../x`, `[odd key]`, `@index`,
 * `@key`, `@first`, `@last`, `@root`), literals, sub-expressions, block params (`as |item i|`),
 * the built-in helpers `if`, `unless`, `each`, `with`, `lookup`, `log`, `{{else}}` chains and
 * sections over plain values (`{{#list}}`, `{{^list}}`). Partials and custom helpers do not
 * exist in Gradio's templates either. Property lookups see own properties only, as Handlebars
 * does since 4.6.
 */

export class TemplateError extends Error {
  override name = 'TemplateError';
}

// ---------------------------------------------------------------------------------------------
// Syntax

type Expr =
  | { kind: 'path'; data: boolean; depth: number; parts: string[]; self: boolean }
  | { kind: 'literal'; value: unknown }
  | { kind: 'sub'; call: Call };

interface Call {
  name: Expr;
  params: Expr[];
  hash: Record<string, Expr>;
  /** `as |a b|` names. */
  blockParams: string[];
}

type Node =
  | { kind: 'text'; text: string }
  | { kind: 'mustache'; call: Call; escape: boolean }
  | { kind: 'block'; call: Call; inverted: boolean; body: Node[]; inverse: Node[] | null };

interface Tag {
  kind: 'open' | 'inverse-open' | 'close' | 'else' | 'mustache' | 'comment';
  content: string;
  escape: boolean;
  stripBefore: boolean;
  stripAfter: boolean;
}

type Token = { kind: 'text'; text: string } | { kind: 'tag'; tag: Tag };

const OPEN = '{{';

function scanTags(template: string): Token[] {
  const tokens: Token[] = [];
  let text = '';
  let i = 0;
  while (i < template.length) {
    const start = template.indexOf(OPEN, i);
    if (start < 0) {
      text += template.slice(i);
      break;
    }
    text += template.slice(i, start);
    // `\{{` writes a literal `{{`; `\\{{` writes a backslash, then a real tag.
    if (text.endsWith('\\') && !text.endsWith('\\\\')) {
      text = text.slice(0, -1) + OPEN;
      i = start + 2;
      continue;
    }
    if (text.endsWith('\\\\')) text = text.slice(0, -1);
    if (text) tokens.push({ kind: 'text', text });
    text = '';
    const { tag, end } = readTag(template, start);
    tokens.push({ kind: 'tag', tag });
    i = end;
  }
  if (text) tokens.push({ kind: 'text', text });
  return tokens;
}

function readTag(template: string, start: number): { tag: Tag; end: number } {
  if (template.startsWith('{{!--', start) || template.startsWith('{{~!--', start)) {
    const close = template.indexOf('--', template.indexOf('!--', start) + 3);
    const end = close < 0 ? -1 : template.indexOf('}}', close);
    if (end < 0) throw new TemplateError('Unclosed comment in template');
    const tag: Tag = {
      kind: 'comment',
      content: '',
      escape: true,
      stripBefore: template[start + 2] === '~',
      stripAfter: template[end - 1] === '~',
    };
    return { tag, end: end + 2 };
  }
  if (template.startsWith('{{{', start)) {
    const end = template.indexOf('}}}', start + 3);
    if (end < 0) throw new TemplateError(`Unclosed "{{{" at ${start}`);
    const content = template.slice(start + 3, end).trim();
    return {
      tag: { kind: 'mustache', content, escape: false, stripBefore: false, stripAfter: false },
      end: end + 3,
    };
  }
  const end = template.indexOf('}}', start + 2);
  if (end < 0) throw new TemplateError(`Unclosed "{{" at ${start}`);
  let body = template.slice(start + 2, end);
  const stripBefore = body.startsWith('~');
  const stripAfter = body.endsWith('~');
  if (stripBefore) body = body.slice(1);
  if (stripAfter) body = body.slice(0, -1);
  body = body.trim();
  const sigil = body[0];
  const rest = body.slice(1).trim();
  const make = (kind: Tag['kind'], content: string, escape = true): Tag => ({
    kind,
    content,
    escape,
    stripBefore,
    stripAfter,
  });
  let tag: Tag;
  if (sigil === '!') tag = make('comment', '');
  else if (sigil === '#') tag = make('open', rest.replace(/^\*/, ''));
  else if (sigil === '^') tag = rest ? make('inverse-open', rest) : make('else', '');
  else if (sigil === '/') tag = make('close', rest);
  else if (sigil === '&') tag = make('mustache', rest, false);
  else if (sigil === '>') throw new TemplateError('Partials are not supported in gr.HTML templates');
  else if (/^else(\s|$)/.test(body)) tag = make('else', body.slice(4).trim());
  else tag = make('mustache', body);
  return { tag, end: end + 2 };
}

/** `~` strips white space beside a tag; a block tag alone on its line takes its line with it. */
function applyWhitespaceControl(tokens: Token[]): void {
  // Whether a text token begins a line: the template's start, or after a line a block tag took.
  const lineStart = new Set<Token>();
  if (tokens[0]?.kind === 'text') lineStart.add(tokens[0]);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind !== 'tag') continue;
    const before = tokens[i - 1];
    const after = tokens[i + 1];
    if (token.tag.stripBefore && before?.kind === 'text') before.text = before.text.replace(/\s+$/, '');
    if (token.tag.stripAfter && after?.kind === 'text') after.text = after.text.replace(/^\s+/, '');
    if (token.tag.kind === 'mustache') continue;
    // The tag must open its line (template start, or a newline then blanks before it)...
    let startsLine: boolean;
    if (before === undefined) startsLine = true;
    else if (before.kind !== 'text') startsLine = false;
    else
      startsLine = /\n[ \t]*$/.test(before.text) || (lineStart.has(before) && /^[ \t]*$/.test(before.text));
    // ...and end it (blanks then a newline, or the template's end).
    const endsLine = after === undefined || (after.kind === 'text' && /^[ \t]*(\r?\n|$)/.test(after.text));
    if (!startsLine || !endsLine || (before === undefined && after === undefined)) continue;
    if (before?.kind === 'text') before.text = before.text.replace(/[ \t]*$/, '');
    if (after?.kind === 'text') {
      after.text = after.text.replace(/^[ \t]*(\r?\n)?/, '');
      lineStart.add(after);
    }
  }
}

// Expression tokenizer: paths, literals, `key=value`, `(`, `)`, `as |a b|`.
const EXPR_TOKEN =
  /\s*(?:("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')|(-?\d+(?:\.\d+)?)(?=[\s)=]|$)|(\()|(\))|(as\s+\|[^|]*\|)|([^\s()=]+)=|((?:\[[^\]]*\]|[^\s()=[])+))/y;

interface ExprToken {
  type: 'string' | 'number' | 'open' | 'close' | 'params' | 'key' | 'word';
  text: string;
}

function tokenizeExpr(source: string): ExprToken[] {
  const tokens: ExprToken[] = [];
  EXPR_TOKEN.lastIndex = 0;
  let rest = source.trim();
  while (rest) {
    EXPR_TOKEN.lastIndex = 0;
    const m = EXPR_TOKEN.exec(rest);
    if (!m) throw new TemplateError(`Cannot read "${source}"`);
    if (m[1] !== undefined) tokens.push({ type: 'string', text: m[1] });
    else if (m[2] !== undefined) tokens.push({ type: 'number', text: m[2] });
    else if (m[3] !== undefined) tokens.push({ type: 'open', text: '(' });
    else if (m[4] !== undefined) tokens.push({ type: 'close', text: ')' });
    else if (m[5] !== undefined) tokens.push({ type: 'params', text: m[5] });
    else if (m[6] !== undefined) tokens.push({ type: 'key', text: m[6] });
    else tokens.push({ type: 'word', text: m[7]! });
    rest = rest.slice(m[0].length).trim();
  }
  return tokens;
}

function parsePath(text: string): Expr {
  if (text === 'true' || text === 'false') return { kind: 'literal', value: text === 'true' };
  if (text === 'null') return { kind: 'literal', value: null };
  if (text === 'undefined') return { kind: 'literal', value: undefined };
  let rest = text;
  const data = rest.startsWith('@');
  if (data) rest = rest.slice(1);
  let depth = 0;
  for (;;) {
    if (rest.startsWith('../')) {
      depth++;
      rest = rest.slice(3);
    } else if (rest.startsWith('./')) rest = rest.slice(2);
    else break;
  }
  const parts: string[] = [];
  for (const m of rest.matchAll(/\[([^\]]*)\]|([^./[\]]+)/g)) parts.push(m[1] ?? m[2]!);
  let self = false;
  if (parts[0] === 'this' || rest === '.' || rest === '') {
    if (parts[0] === 'this' && !/^\[/.test(rest)) parts.shift();
    self = true;
  }
  return { kind: 'path', data, depth, parts, self };
}

function parseCall(tokens: ExprToken[], start: number, untilClose: boolean): { call: Call; next: number } {
  const call: Call = { name: { kind: 'literal', value: undefined }, params: [], hash: {}, blockParams: [] };
  let i = start;
  let first = true;
  const readValue = (): Expr => {
    const token = tokens[i]!;
    if (token.type === 'open') {
      const inner = parseCall(tokens, i + 1, true);
      i = inner.next;
      return { kind: 'sub', call: inner.call };
    }
    i++;
    if (token.type === 'string') return { kind: 'literal', value: unquote(token.text) };
    if (token.type === 'number') return { kind: 'literal', value: Number(token.text) };
    if (token.type === 'word') return parsePath(token.text);
    throw new TemplateError(`Unexpected "${token.text}"`);
  };
  while (i < tokens.length) {
    const token = tokens[i]!;
    if (token.type === 'close') {
      if (!untilClose) throw new TemplateError('Unexpected ")"');
      return { call, next: i + 1 };
    }
    if (token.type === 'params') {
      call.blockParams = token.text
        .replace(/^as\s+\|/, '')
        .replace(/\|$/, '')
        .trim()
        .split(/\s+/)
        .filter(Boolean);
      i++;
      continue;
    }
    if (token.type === 'key') {
      i++;
      call.hash[token.text] = readValue();
      continue;
    }
    const value = readValue();
    if (first) call.name = value;
    else call.params.push(value);
    first = false;
  }
  if (untilClose) throw new TemplateError('Missing ")"');
  return { call, next: i };
}

function unquote(text: string): string {
  return text.slice(1, -1).replace(/\\(.)/g, '$1');
}

function parseExpression(source: string): Call {
  if (!source.trim()) throw new TemplateError('Empty expression');
  return parseCall(tokenizeExpr(source), 0, false).call;
}

function callName(call: Call): string {
  return call.name.kind === 'path' && !call.name.data && call.name.depth === 0 && !call.name.self
    ? call.name.parts.join('.')
    : '';
}

function parse(template: string): Node[] {
  const tokens = scanTags(template);
  applyWhitespaceControl(tokens);
  const root: Node[] = [];
  interface Frame {
    block: Extract<Node, { kind: 'block' }>;
    name: string;
    /** Where new nodes go: the body, then the inverse after `{{else}}`. */
    target: Node[];
    /** An `{{else if}}` chain closes with its outer block. */
    chained: boolean;
  }
  const stack: Frame[] = [];
  const target = () => (stack.length ? stack[stack.length - 1]!.target : root);
  for (const token of tokens) {
    if (token.kind === 'text') {
      if (token.text) target().push({ kind: 'text', text: token.text });
      continue;
    }
    const tag = token.tag;
    if (tag.kind === 'comment') continue;
    if (tag.kind === 'mustache') {
      target().push({ kind: 'mustache', call: parseExpression(tag.content), escape: tag.escape });
      continue;
    }
    if (tag.kind === 'open' || tag.kind === 'inverse-open') {
      const call = parseExpression(tag.content);
      const block: Node = {
        kind: 'block',
        call,
        inverted: tag.kind === 'inverse-open',
        body: [],
        inverse: null,
      };
      target().push(block);
      stack.push({ block, name: callName(call), target: block.body, chained: false });
      continue;
    }
    if (tag.kind === 'else') {
      const frame = stack[stack.length - 1];
      if (!frame) throw new TemplateError('{{else}} outside a block');
      frame.block.inverse = [];
      frame.target = frame.block.inverse;
      if (tag.content) {
        // `{{else if x}}`: a block nested in the inverse, closed by the outer close tag.
        const call = parseExpression(tag.content);
        const block: Node = { kind: 'block', call, inverted: false, body: [], inverse: null };
        frame.block.inverse.push(block);
        stack.push({ block, name: callName(call), target: block.body, chained: true });
      }
      continue;
    }
    // close
    let frame = stack.pop();
    while (frame?.chained) frame = stack.pop();
    if (!frame) throw new TemplateError(`{{/${tag.content}}} closes nothing`);
    if (frame.name !== tag.content.trim())
      throw new TemplateError(`${frame.name} doesn't match ${tag.content.trim()}`);
  }
  if (stack.length) throw new TemplateError(`Missing {{/${stack[stack.length - 1]!.name}}}`);
  return root;
}

// ---------------------------------------------------------------------------------------------
// Evaluation

interface Frame {
  context: unknown;
  data: Record<string, unknown>;
  /** Block params in scope (`as |item i|`). */
  params: Record<string, unknown>;
  parent: Frame | null;
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#x27;',
  '`': '&#x60;',
  '=': '&#x3D;',
};

/** Handlebars' `escapeExpression`. */
export function escapeExpression(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object' && typeof (value as { toHTML?: unknown }).toHTML === 'function')
    return String((value as { toHTML(): unknown }).toHTML());
  if (value === false) return 'false';
  return String(value).replace(/[&<>"'`=]/g, (c) => ESCAPES[c]!);
}

function lookupProperty(parent: unknown, key: string): unknown {
  if (parent === null || parent === undefined) return undefined;
  const object = Object(parent) as Record<string, unknown>;
  return Object.prototype.hasOwnProperty.call(object, key) ? object[key] : undefined;
}

const isEmpty = (value: unknown): boolean =>
  (!value && value !== 0) || (Array.isArray(value) && value.length === 0);

export interface RenderOptions {
  /** Applied to every value a mustache writes out (after HTML escaping, if any). */
  output?: (text: string) => string;
}

class Renderer {
  readonly #root: unknown;
  readonly #output: (text: string) => string;

  constructor(root: unknown, options: RenderOptions) {
    this.#root = root;
    this.#output = options.output ?? ((text) => text);
  }

  render(nodes: Node[], frame: Frame): string {
    let out = '';
    for (const node of nodes) {
      if (node.kind === 'text') out += node.text;
      else if (node.kind === 'mustache') out += this.#mustache(node, frame);
      else out += this.#block(node, frame);
    }
    return out;
  }

  #mustache(node: Extract<Node, { kind: 'mustache' }>, frame: Frame): string {
    const value = this.#evaluateCall(node.call, frame);
    const text = node.escape
      ? escapeExpression(value)
      : value === null || value === undefined
        ? ''
        : String(value);
    return this.#output(text);
  }

  #evaluate(expr: Expr, frame: Frame): unknown {
    if (expr.kind === 'literal') return expr.value;
    if (expr.kind === 'sub') return this.#evaluateCall(expr.call, frame);
    let target: Frame = frame;
    for (let d = 0; d < expr.depth && target.parent; d++) target = target.parent;
    if (expr.data) {
      const [head, ...rest] = expr.parts;
      let value = head === 'root' ? this.#root : target.data[head!];
      for (const part of rest) value = lookupProperty(value, part);
      return value;
    }
    if (expr.self) return expr.parts.reduce<unknown>((v, part) => lookupProperty(v, part), target.context);
    const [head, ...rest] = expr.parts;
    // Block params shadow the context (`{{#each list as |item|}}{{item.name}}`).
    let value: unknown;
    let scope: Frame | null = expr.depth === 0 ? target : null;
    while (scope && !(head! in scope.params)) scope = scope.parent;
    if (scope) value = scope.params[head!];
    else value = lookupProperty(target.context, head!);
    for (const part of rest) value = lookupProperty(value, part);
    return value;
  }

  #evaluateCall(call: Call, frame: Frame): unknown {
    const name = callName(call);
    const params = call.params.map((p) => this.#evaluate(p, frame));
    const hash = Object.fromEntries(Object.entries(call.hash).map(([k, v]) => [k, this.#evaluate(v, frame)]));
    if (name === 'lookup' && params.length >= 1 && !this.#isBlockParam(name, frame)) {
      return params[0] === null || params[0] === undefined
        ? params[0]
        : lookupProperty(params[0], String(params[1]));
    }
    if (name === 'log' && !this.#isBlockParam(name, frame)) {
      console.log(...params);
      return '';
    }
    if (params.length || Object.keys(hash).length) {
      if (name === 'if' || name === 'unless' || name === 'each' || name === 'with')
        throw new TemplateError(`#${name} is a block helper`);
      throw new TemplateError(`Missing helper: "${name || 'expression'}"`);
    }
    // `{{"odd name"}}`: a literal in the name place names a property of the context.
    if (call.name.kind === 'literal') return lookupProperty(frame.context, String(call.name.value));
    return this.#evaluate(call.name, frame);
  }

  #isBlockParam(name: string, frame: Frame): boolean {
    for (let f: Frame | null = frame; f; f = f.parent) if (name in f.params) return true;
    return false;
  }

  #child(
    frame: Frame,
    context: unknown,
    data: Record<string, unknown>,
    params: Record<string, unknown>,
  ): Frame {
    return { context, data: { ...frame.data, ...data, _parent: frame.data }, params, parent: frame };
  }

  #block(node: Extract<Node, { kind: 'block' }>, frame: Frame): string {
    const call = node.call;
    const name = callName(call);
    const params = call.params.map((p) => this.#evaluate(p, frame));
    const hash = Object.fromEntries(Object.entries(call.hash).map(([k, v]) => [k, this.#evaluate(v, frame)]));
    const body = (
      context: unknown,
      data: Record<string, unknown> = {},
      blockValues: unknown[] = [],
    ): string => {
      const bound = Object.fromEntries(call.blockParams.map((p, i) => [p, blockValues[i]]));
      // `if`/`unless` keep the frame: `../` still means the same context inside them.
      return this.render(
        node.body,
        context === frame.context && !call.blockParams.length
          ? frame
          : this.#child(frame, context, data, bound),
      );
    };
    const inverse = (): string => (node.inverse ? this.render(node.inverse, frame) : '');
    if (node.inverted) {
      const value = this.#evaluateCall(call, frame);
      return isEmpty(value) ? body(frame.context) : inverse();
    }
    switch (name) {
      case 'if':
      case 'unless': {
        if (params.length !== 1) throw new TemplateError(`#${name} requires exactly one argument`);
        const falsy = (!hash.includeZero && !params[0]) || isEmpty(params[0]);
        return falsy === (name === 'if') ? inverse() : body(frame.context);
      }
      case 'with': {
        if (params.length !== 1) throw new TemplateError('#with requires exactly one argument');
        return isEmpty(params[0]) ? inverse() : body(params[0], {}, [params[0]]);
      }
      case 'each':
        if (params.length < 1) throw new TemplateError('Must pass iterator to #each');
        return this.#each(params[0], body, inverse);
      default: {
        if (params.length || Object.keys(hash).length) throw new TemplateError(`Missing helper: "${name}"`);
        const value = this.#evaluate(call.name, frame);
        if (value === true) return body(frame.context);
        if (value === false || value === null || value === undefined) return inverse();
        if (Array.isArray(value)) return value.length ? this.#each(value, body, inverse) : inverse();
        return body(value);
      }
    }
  }

  #each(
    collection: unknown,
    body: (context: unknown, data: Record<string, unknown>, values: unknown[]) => string,
    inverse: () => string,
  ): string {
    let out = '';
    if (collection && typeof collection === 'object') {
      const iterable = collection as Iterable<unknown>;
      if (Array.isArray(collection) || typeof iterable[Symbol.iterator] === 'function') {
        const items = [...iterable];
        items.forEach((item, index) => {
          out += body(item, { index, key: index, first: index === 0, last: index === items.length - 1 }, [
            item,
            index,
          ]);
        });
        return items.length ? out : inverse();
      }
      const keys = Object.keys(collection);
      keys.forEach((key, index) => {
        const item = (collection as Record<string, unknown>)[key];
        out += body(item, { index, key, first: index === 0, last: index === keys.length - 1 }, [item, key]);
      });
      return keys.length ? out : inverse();
    }
    return inverse();
  }
}

const parsed = new Map<string, Node[]>();

/** Renders a Handlebars template with `context` (throws TemplateError on a bad template). */
export function renderHandlebars(template: string, context: unknown, options: RenderOptions = {}): string {
  if (!template.includes(OPEN)) return template;
  let nodes = parsed.get(template);
  if (!nodes) {
    nodes = parse(template);
    if (parsed.size > 200) parsed.clear();
    parsed.set(template, nodes);
  }
  const root: Frame = { context, data: { root: context }, params: {}, parent: null };
  return new Renderer(context, options).render(nodes, root);
}
