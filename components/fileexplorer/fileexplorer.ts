import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { GradioElement } from '../../src/base/gradio-element.js';
import { block } from '../../src/base/block.js';
import { cssLength } from '../../src/base/css-length.js';
import { renderValueError } from '../../src/base/block-title.js';
import { icons } from '../common/icons.js';
import { mediaIcons } from '../common/media-icons.js';
import { renderBlockLabel } from '../common/block-label.js';
import { renderCustomButtons } from '../common/custom-buttons.js';
import { fileexplorerStyles } from './fileexplorer.styles.js';

/** One entry of a directory, as the server's `ls` lists it. */
interface FileNode {
  name: string;
  type: 'file' | 'folder';
  /** A folder that itself matches the glob (it can be picked as a path). */
  valid?: boolean;
}

type Listing =
  { state: 'loading' } | { state: 'loaded'; nodes: FileNode[] } | { state: 'error'; message: string };

const key = (path: readonly string[]): string => JSON.stringify(path);
const inside = (path: readonly string[], folder: readonly string[]): boolean =>
  folder.length <= path.length && folder.every((part, i) => path[i] === part);

function checkValue(value: unknown): string[][] {
  if (value === null || value === undefined) return [];
  if (!Array.isArray(value) || !value.every((p) => Array.isArray(p) && p.every((s) => typeof s === 'string')))
    throw new Error('it is not a list of paths');
  return value as string[][];
}

/**
 * @summary A Gradio `FileExplorer`: the server's files as a tree (WAI-ARIA tree: arrows move,
 * Right/Left open and close folders, Home/End, Space checks, Enter picks), listed folder by
 * folder through the component's own `ls` server function (`root_dir`, `glob` and `ignore_glob`
 * apply there). When interactive, files are checked (`file_count` single or multiple; checking a
 * folder checks everything inside it); `select` reports the clicked item.
 * @event gr-input - The user checked or unchecked files.
 * @event gr-change - The checked files changed through the user.
 * @event gr-select - The user picked an item: `{index: [indices by level], value: "a/b", selected: true}`.
 * @event gr-custom_button_click - One of the app's buttons in the toolbar: `{id}`.
 */
@block('fileexplorer')
export class GrFileexplorer extends GradioElement {
  static override css = fileexplorerStyles;

  /** Checked files, each a list of path parts under `root_dir`. */
  @property({ attribute: false }) value: string[][] | null = [];
  /** `single` or `multiple`. */
  @property() fileCount: 'single' | 'multiple' = 'multiple';
  /** Shown only to reset the tree when they change (the server applies them). */
  @property() glob: string | null = null;
  @property() ignoreGlob: string | null = null;
  @property() rootDir: string | null = null;
  @property({ attribute: false }) height: number | string | null = null;
  @property({ attribute: false }) maxHeight: number | string | null = 500;
  @property({ attribute: false }) minHeight: number | string | null = null;
  /** Whether a `select` listener is bound. */
  @property({ type: Boolean }) selectable = false;
  /** 6.x: the app's gr.Button entries for the toolbar. */
  @property({ attribute: false }) buttons: readonly unknown[] | null = null;

  @state() private listings = new Map<string, Listing>();
  @state() private expanded = new Set<string>();
  @state() private checkedFolders = new Set<string>();
  /** The one tree item in the Tab order (roving tabindex). */
  #active = '';
  #treeKey = '';

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const treeKey = JSON.stringify([this.rootDir, this.glob, this.ignoreGlob]);
    if (treeKey !== this.#treeKey) {
      // Another root or pattern: the tree is listed again.
      this.#treeKey = treeKey;
      this.listings = new Map();
      this.expanded = new Set();
      this.checkedFolders = new Set();
    }
    if (changed.has('value')) this.#openAroundValue();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (!this.listings.has(key([])) && this.services) void this.#list([]);
    this.#syncTabStop();
  }

  /** Folders holding a checked file open, so the check shows. */
  #openAroundValue(): void {
    let paths: string[][];
    try {
      paths = checkValue(this.value);
    } catch {
      return;
    }
    const expanded = new Set(this.expanded);
    let grew = false;
    for (const path of paths) {
      for (let i = 1; i < path.length; i++) {
        const k = key(path.slice(0, i));
        if (!expanded.has(k)) {
          expanded.add(k);
          grew = true;
          void this.#list(path.slice(0, i));
        }
      }
    }
    if (grew) this.expanded = expanded;
  }

  /** Lists a folder through the server's `ls` (once; again after an error). */
  async #list(path: string[]): Promise<FileNode[]> {
    const k = key(path);
    const known = this.listings.get(k);
    if (known?.state === 'loaded') return known.nodes;
    if (known?.state === 'loading') return this.#waitFor(k);
    this.#setListing(k, { state: 'loading' });
    try {
      const result = await this.services!.callServerFunction(this.blockId, 'ls', path);
      const nodes = (Array.isArray(result) ? result : []) as FileNode[];
      this.#setListing(k, { state: 'loaded', nodes });
      return nodes;
    } catch (error) {
      this.#setListing(k, { state: 'error', message: (error as Error).message || String(error) });
      return [];
    }
  }

  #waiters = new Map<string, ((nodes: FileNode[]) => void)[]>();

  #waitFor(k: string): Promise<FileNode[]> {
    return new Promise((resolve) => this.#waiters.set(k, [...(this.#waiters.get(k) ?? []), resolve]));
  }

  #setListing(k: string, listing: Listing): void {
    this.listings = new Map(this.listings).set(k, listing);
    if (listing.state !== 'loading') {
      for (const resolve of this.#waiters.get(k) ?? [])
        resolve(listing.state === 'loaded' ? listing.nodes : []);
      this.#waiters.delete(k);
    }
  }

  /** The entries of a folder, with the folder itself as "." where it matches the glob. */
  #entries(path: string[], nodes: FileNode[], parentValid: boolean): FileNode[] {
    return parentValid && path.length ? [{ name: '.', type: 'file' }, ...nodes] : nodes;
  }

  // ---- user actions ----

  #toggleOpen(path: string[]): void {
    const k = key(path);
    const expanded = new Set(this.expanded);
    if (expanded.has(k)) expanded.delete(k);
    else {
      expanded.add(k);
      void this.#list(path);
    }
    this.expanded = expanded;
  }

  #isChecked(path: string[], type: 'file' | 'folder'): boolean {
    if (type === 'folder') return this.checkedFolders.has(key(path));
    const k = key(path);
    return checkValue(this.value).some((p) => key(p) === k);
  }

  async #toggleCheck(path: string[], type: 'file' | 'folder'): Promise<void> {
    const checked = !this.#isChecked(path, type);
    let value = checkValue(this.value);
    if (checked) {
      if (this.fileCount === 'single') {
        if (type === 'folder') return;
        value = [path];
      } else if (type === 'file') {
        value = [...value, path];
      } else {
        this.checkedFolders = new Set(this.checkedFolders).add(key(path));
        value = [
          ...value,
          ...(await this.#filesIn(path)).filter((p) => !value.some((v) => key(v) === key(p))),
        ];
      }
    } else {
      // Unchecking an item unchecks the folders around it, and a folder everything inside it.
      const folders = new Set(
        [...this.checkedFolders].filter((f) => !inside(path, JSON.parse(f) as string[])),
      );
      if (type === 'folder') {
        for (const f of [...folders]) if (inside(JSON.parse(f) as string[], path)) folders.delete(f);
        value = value.filter((p) => !inside(p, path));
      } else {
        value = value.filter((p) => key(p) !== key(path));
      }
      this.checkedFolders = folders;
    }
    this.value = value;
    this.emit('input');
    this.emit('change');
  }

  /** Every file inside a folder, listing (and opening) its sub-folders, which count as checked. */
  async #filesIn(path: string[]): Promise<string[][]> {
    const nodes = await this.#list(path);
    this.expanded = new Set(this.expanded).add(key(path));
    const files: string[][] = [];
    for (const node of nodes) {
      const child = [...path, node.name];
      if (node.type === 'file') files.push(child);
      else {
        this.checkedFolders = new Set(this.checkedFolders).add(key(child));
        files.push(...(await this.#filesIn(child)));
      }
    }
    return files;
  }

  #select(indices: number[], path: string[]): void {
    if (this.selectable) this.emit('select', { index: indices, value: path.join('/'), selected: true });
  }

  // ---- keyboard (one Tab stop, arrows move) ----

  #items(): HTMLElement[] {
    return [...this.querySelectorAll<HTMLElement>('[role=treeitem]')];
  }

  #syncTabStop(): void {
    const items = this.#items();
    if (!items.length) return;
    const active = items.find((i) => i.dataset.path === this.#active) ?? items[0]!;
    this.#active = active.dataset.path!;
    for (const item of items) item.tabIndex = item === active ? 0 : -1;
  }

  #focus(item: HTMLElement | undefined): void {
    if (!item) return;
    this.#active = item.dataset.path!;
    this.#syncTabStop();
    item.focus();
  }

  #onKeyDown(event: KeyboardEvent): void {
    const item = (event.target as HTMLElement).closest<HTMLElement>('[role=treeitem]');
    if (!item) return;
    const items = this.#items();
    const index = items.indexOf(item);
    const path = JSON.parse(item.dataset.path!) as string[];
    const folder = item.dataset.type === 'folder';
    const open = item.getAttribute('aria-expanded') === 'true';
    switch (event.key) {
      case 'ArrowDown':
        this.#focus(items[index + 1]);
        break;
      case 'ArrowUp':
        this.#focus(items[index - 1]);
        break;
      case 'Home':
        this.#focus(items[0]);
        break;
      case 'End':
        this.#focus(items.at(-1));
        break;
      case 'ArrowRight':
        if (folder && !open) this.#toggleOpen(path);
        else if (folder) this.#focus(items[index + 1]);
        break;
      case 'ArrowLeft':
        if (folder && open) this.#toggleOpen(path);
        else this.#focus(item.parentElement?.closest<HTMLElement>('[role=treeitem]') ?? undefined);
        break;
      case ' ':
        if (this.interactive && item.dataset.checkable !== undefined)
          void this.#toggleCheck(path, folder ? 'folder' : 'file');
        else if (folder) this.#toggleOpen(path);
        break;
      case 'Enter':
        if (this.selectable) this.#select(JSON.parse(item.dataset.indices!) as number[], path);
        else if (folder) this.#toggleOpen(path);
        else if (this.interactive && item.dataset.checkable !== undefined)
          void this.#toggleCheck(path, 'file');
        break;
      default:
        return;
    }
    event.preventDefault();
  }

  // ---- rendering ----

  protected override renderContent(): unknown {
    try {
      checkValue(this.value);
    } catch (error) {
      return html`<div class="block">
        ${renderValueError(`This file explorer cannot show its value: ${(error as Error).message}.`)}
      </div>`;
    }
    const label = this.label || 'FileExplorer';
    const style = [
      this.height !== null ? `height:${cssLength(this.height)}` : '',
      this.maxHeight !== null ? `max-height:${cssLength(this.maxHeight)}` : '',
      this.minHeight !== null ? `min-height:${cssLength(this.minHeight)}` : '',
    ].join(';');
    const id = `gr-${this.blockId}-tree-label`;
    return html`<div class="block ${this.container ? '' : 'no-container'}" style=${style}>
      ${this.buttons?.length ? html`<div class="icon-buttons">${renderCustomButtons(this.buttons, (b) => this.emit('custom_button_click', { id: b }))}</div>` : nothing}
      ${renderBlockLabel({ label, show: this.showLabel, icon: icons.file, float: false, id, container: this.container })}
      <div class="file-wrap">${this.#renderFolder([], [], true, false, id)}</div>
    </div>`;
  }

  #renderFolder(
    path: string[],
    indices: number[],
    root: boolean,
    parentValid: boolean,
    labelledBy?: string,
  ): unknown {
    const listing = this.listings.get(key(path));
    if (!listing || listing.state === 'loading') {
      return html`<div class="tree-status" role=${root ? 'status' : nothing}>Loading…</div>`;
    }
    if (listing.state === 'error') {
      return html`<div class="tree-status error" role="alert">
        The files could not be listed: ${listing.message}
        <button type="button" class="retry" @click=${() => void this.#list(path)}>Try again</button>
      </div>`;
    }
    const nodes = this.#entries(path, listing.nodes, parentValid);
    if (root && !nodes.length) return html`<div class="tree-status">No files.</div>`;
    return html`<ul
      role=${root ? 'tree' : 'group'}
      aria-labelledby=${root && labelledBy ? labelledBy : nothing}
      aria-multiselectable=${root && this.interactive && this.fileCount === 'multiple' ? 'true' : nothing}
      class=${root ? 'root' : ''}
      @keydown=${root ? this.#onKeyDown : nothing}
    >
      ${nodes.map((node, i) => this.#renderNode(node, [...path, node.name], [...indices, i], nodes.length, i))}
    </ul>`;
  }

  #renderNode(node: FileNode, path: string[], indices: number[], size: number, position: number): unknown {
    const folder = node.type === 'folder';
    const k = key(path);
    const open = folder && this.expanded.has(k);
    const checkable = this.interactive && !(folder && this.fileCount === 'single');
    const checked = this.#isChecked(path, node.type);
    return html`<li
      role="treeitem"
      aria-level=${path.length}
      aria-setsize=${size}
      aria-posinset=${position + 1}
      aria-expanded=${folder ? (open ? 'true' : 'false') : nothing}
      aria-checked=${checkable ? (checked ? 'true' : 'false') : nothing}
      aria-selected=${!this.interactive && checked ? 'true' : nothing}
      aria-label=${node.name}
      data-path=${k}
      data-type=${node.type}
      data-indices=${JSON.stringify(indices)}
      ?data-checkable=${checkable}
      tabindex="-1"
      @focus=${(e: FocusEvent) => e.target === e.currentTarget && (this.#active = k)}
    >
      <span
        class="row ${!this.interactive && checked ? 'selected' : ''} ${this.selectable ? 'selectable' : ''}"
        @click=${(e: Event) => (e.stopPropagation(), this.#select(indices, path))}
      >
        ${
          checkable
            ? html`<input
                type="checkbox"
                tabindex="-1"
                aria-hidden="true"
                .checked=${checked}
                @click=${(e: Event) => {
                  e.stopPropagation();
                  e.preventDefault();
                  void this.#toggleCheck(path, node.type).then(() => this.#select(indices, path));
                }}
              />`
            : this.interactive
              ? html`<span class="no-checkbox" aria-hidden="true"></span>`
              : nothing
        }
        ${
          folder
            ? html`<span
                  class="toggle ${open ? 'open' : ''}"
                  aria-hidden="true"
                  @click=${(e: Event) => (e.stopPropagation(), this.#toggleOpen(path))}
                  >${icons.chevronRight}</span
                ><span class="icon" aria-hidden="true">${mediaIcons.folder}</span>`
            : html`<span class="icon" aria-hidden="true"
                >${node.name === '.' ? mediaIcons.folder : icons.file}</span
              >`
        }
        <span class="name">${node.name}</span>
      </span>
      ${open ? this.#renderFolder(path, indices, false, Boolean(node.valid)) : nothing}
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gr-fileexplorer': GrFileexplorer;
  }
}
