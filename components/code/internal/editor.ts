import { Compartment, EditorState, Transaction, type Extension } from '@codemirror/state';
import {
  EditorView,
  crosshairCursor,
  drawSelection,
  highlightSpecialChars,
  keymap,
  lineNumbers,
  rectangularSelection,
  type ViewUpdate,
} from '@codemirror/view';
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { foldGutter, foldKeymap, indentOnInput, syntaxHighlighting } from '@codemirror/language';
import {
  acceptCompletion,
  autocompletion,
  closeBrackets,
  closeBracketsKeymap,
  completionKeymap,
} from '@codemirror/autocomplete';
import { search, searchKeymap } from '@codemirror/search';
import { tokenHighlighter } from './highlight.js';
import { loadLanguage } from './languages.js';

/** What the editor shows and how; every field but `root` and the callbacks may change later. */
export interface EditorSettings {
  readonly: boolean;
  language: string | null;
  wrapLines: boolean;
  showLineNumbers: boolean;
  autocomplete: boolean;
  /** The accessible name of the editing area (the block's label). */
  label: string;
}

export interface EditorOptions extends EditorSettings {
  parent: HTMLElement;
  /** The app's shadow root: CodeMirror adopts its styles there, never into the host document. */
  root: ShadowRoot | Document;
  doc: string;
  /** The user changed the text (typing, paste, undo...). */
  onUserChange(text: string): void;
  onFocus(): void;
  onBlur(): void;
}

/**
 * The editor's look in CodeMirror's own theme layer, which outranks its base theme. Everything
 * reads the app's theme variables, so light and dark follow the `.dark` wrapper with no
 * reconfiguration. Token colours live in the component's stylesheet (see highlight.ts).
 */
const look = EditorView.theme({
  '&': {
    height: '100%',
    fontSize: 'var(--text-sm)',
    backgroundColor: 'transparent',
    color: 'var(--body-text-color)',
  },
  // A keyboard user must see where the editor has focus (the block has no focus style of its own).
  '&.cm-focused': { outline: '2px solid var(--color-accent)', outlineOffset: '-2px' },
  '.cm-scroller': {
    fontFamily: 'var(--font-mono)',
    lineHeight: '1.4',
    minHeight: 'calc(var(--_min-lines, 2) * 1.4em)',
    maxHeight: 'var(--_max-height, none)',
    overflow: 'auto',
  },
  '.cm-content': {
    paddingTop: '5px',
    paddingBottom: '5px',
    caretColor: 'var(--body-text-color)',
    minHeight: '100%',
  },
  '.cm-cursor, .cm-dropCursor': { borderLeftColor: 'var(--body-text-color)' },
  '.cm-gutters': {
    marginRight: '1px',
    borderRight: '1px solid var(--border-color-primary)',
    backgroundColor: 'var(--block-background-fill)',
    color: 'var(--body-text-color-subdued)',
  },
  '.cm-gutterElement': { marginRight: 'var(--spacing-xs)' },
  '.cm-activeLineGutter, .cm-activeLine': { backgroundColor: 'transparent' },
  '.cm-selectionBackground, &.cm-focused > .cm-scroller > .cm-selectionLayer .cm-selectionBackground, ::selection':
    { backgroundColor: '#b9d2ff30' },
  '&.cm-focused > .cm-scroller > .cm-selectionLayer .cm-selectionBackground': {
    backgroundColor: 'color-mix(in srgb, var(--color-accent) 22%, transparent)',
  },
  '.cm-foldPlaceholder': {
    backgroundColor: 'var(--background-fill-secondary)',
    border: '1px solid var(--border-color-primary)',
    color: 'var(--body-text-color-subdued)',
  },
  '.cm-panels': {
    backgroundColor: 'var(--background-fill-secondary)',
    color: 'var(--body-text-color)',
  },
  '.cm-panels.cm-panels-top': { borderBottom: '1px solid var(--border-color-primary)' },
  '.cm-panels.cm-panels-bottom': { borderTop: '1px solid var(--border-color-primary)' },
  '.cm-panel.cm-search': { fontFamily: 'var(--font)', fontSize: 'var(--text-sm)' },
  '.cm-panel.cm-search input, .cm-panel.cm-search button': {
    color: 'var(--body-text-color)',
    borderColor: 'var(--border-color-primary)',
  },
  '.cm-textfield': {
    backgroundColor: 'var(--input-background-fill)',
    border: '1px solid var(--input-border-color)',
    borderRadius: 'var(--radius-sm)',
  },
  '.cm-button': {
    backgroundImage: 'none',
    backgroundColor: 'var(--button-secondary-background-fill)',
    border: '1px solid var(--border-color-primary)',
    borderRadius: 'var(--radius-sm)',
  },
  '.cm-searchMatch': { backgroundColor: 'color-mix(in srgb, var(--color-accent) 25%, transparent)' },
  '.cm-searchMatch.cm-searchMatch-selected': {
    backgroundColor: 'color-mix(in srgb, var(--color-accent) 45%, transparent)',
  },
  '.cm-tooltip': {
    backgroundColor: 'var(--background-fill-primary)',
    color: 'var(--body-text-color)',
    border: '1px solid var(--border-color-primary)',
  },
  '.cm-tooltip-autocomplete > ul': { fontFamily: 'var(--font-mono)' },
  '.cm-tooltip-autocomplete > ul > li[aria-selected]': {
    backgroundColor: 'var(--color-accent-soft)',
    color: 'var(--body-text-color)',
  },
});

/** Gradio's editing set (its basicSetup), plus search (Mod-F) as CodeMirror users expect. */
const editing: Extension = [
  highlightSpecialChars(),
  history(),
  drawSelection(),
  EditorState.allowMultipleSelections.of(true),
  indentOnInput(),
  syntaxHighlighting(tokenHighlighter),
  closeBrackets(),
  rectangularSelection(),
  crosshairCursor(),
  search({ top: true }),
  // Tab accepts a completion, else indents (Escape then Tab leaves the editor: CodeMirror's
  // tab-focus escape, so keyboard users are never trapped).
  keymap.of([{ key: 'Tab', run: acceptCompletion }, indentWithTab]),
  keymap.of([
    ...closeBracketsKeymap,
    ...defaultKeymap,
    ...searchKeymap,
    ...historyKeymap,
    ...foldKeymap,
    ...completionKeymap,
  ]),
  look,
];

/** A CodeMirror 6 editor for one gr.Code block. */
export class CodeEditor {
  readonly view: EditorView;
  readonly #mode = new Compartment();
  readonly #language = new Compartment();
  readonly #gutter = new Compartment();
  readonly #completion = new Compartment();
  readonly #wrap = new Compartment();
  readonly #label = new Compartment();
  readonly #options: EditorOptions;
  #settings: EditorSettings;
  /** Which language load is current: a slower earlier load must not win. */
  #languageRequest = 0;

  constructor(options: EditorOptions) {
    this.#options = options;
    this.#settings = { ...options };
    this.view = new EditorView({
      parent: options.parent,
      root: options.root,
      state: EditorState.create({
        doc: options.doc,
        extensions: [
          editing,
          this.#mode.of(this.#modeExtension()),
          this.#language.of([]),
          this.#gutter.of(this.#gutterExtension()),
          this.#completion.of(this.#completionExtension()),
          this.#wrap.of(this.#wrapExtension()),
          this.#label.of(this.#labelExtension()),
          EditorView.updateListener.of((update) => this.#onUpdate(update)),
        ],
      }),
    });
    // Focus moving inside the editor (text to search field) is not a blur of the block.
    this.view.dom.addEventListener('focusin', (event) => {
      if (!this.view.dom.contains(event.relatedTarget as Node | null)) options.onFocus();
    });
    this.view.dom.addEventListener('focusout', (event) => {
      if (!this.view.dom.contains(event.relatedTarget as Node | null)) options.onBlur();
    });
    void this.#applyLanguage();
  }

  get text(): string {
    return this.view.state.doc.toString();
  }

  /** Replaces the text without reporting a user change (a value from the app). */
  setText(text: string): void {
    if (text === this.text) return;
    this.view.dispatch({ changes: { from: 0, to: this.view.state.doc.length, insert: text } });
  }

  /** Applies changed settings; only the parts that changed are reconfigured. */
  update(settings: EditorSettings): void {
    const before = this.#settings;
    this.#settings = { ...settings };
    const effects = [];
    if (before.readonly !== settings.readonly) effects.push(this.#mode.reconfigure(this.#modeExtension()));
    if (before.showLineNumbers !== settings.showLineNumbers)
      effects.push(this.#gutter.reconfigure(this.#gutterExtension()));
    if (before.autocomplete !== settings.autocomplete)
      effects.push(this.#completion.reconfigure(this.#completionExtension()));
    if (before.wrapLines !== settings.wrapLines) effects.push(this.#wrap.reconfigure(this.#wrapExtension()));
    if (before.label !== settings.label) effects.push(this.#label.reconfigure(this.#labelExtension()));
    if (effects.length) this.view.dispatch({ effects });
    if (before.language !== settings.language) void this.#applyLanguage();
  }

  destroy(): void {
    this.view.destroy();
  }

  /** Resolves once the current language's grammar is in place (tests and screenshots). */
  languageReady: Promise<void> = Promise.resolve();

  #applyLanguage(): Promise<void> {
    const request = ++this.#languageRequest;
    const language = this.#settings.language;
    this.languageReady = loadLanguage(language).then(
      (support) => {
        if (request !== this.#languageRequest) return;
        this.view.dispatch({ effects: this.#language.reconfigure(support ?? []) });
      },
      (error: unknown) => {
        // A grammar that fails to load (offline CDN) leaves plain text, never a broken block.
        console.warn(`[gradio-app] Could not load the ${language} grammar:`, error);
        if (request === this.#languageRequest)
          this.view.dispatch({ effects: this.#language.reconfigure([]) });
      },
    );
    return this.languageReady;
  }

  #modeExtension(): Extension {
    const readonly = this.#settings.readonly;
    return [EditorView.editable.of(!readonly), EditorState.readOnly.of(readonly)];
  }

  #gutterExtension(): Extension {
    // As in Gradio: the fold markers left of the line numbers.
    return this.#settings.showLineNumbers ? [foldGutter(), lineNumbers()] : [foldGutter()];
  }

  #completionExtension(): Extension {
    return this.#settings.autocomplete ? autocompletion() : [];
  }

  #wrapExtension(): Extension {
    return this.#settings.wrapLines ? EditorView.lineWrapping : [];
  }

  #labelExtension(): Extension {
    return EditorView.contentAttributes.of({ 'aria-label': this.#settings.label });
  }

  #onUpdate(update: ViewUpdate): void {
    if (!update.docChanged) return;
    const byUser = update.transactions.some((tr) => tr.annotation(Transaction.userEvent) !== undefined);
    if (byUser) this.#options.onUserChange(update.state.doc.toString());
  }
}
