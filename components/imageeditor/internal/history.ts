/** One undoable edit. */
export interface Edit {
  /** What it was, e.g. "Draw", "Crop": a person reads it in the undo button's name. */
  readonly label: string;
  undo(): void;
  redo(): void;
}

/** Undo and redo, newest last. A new edit drops what was undone. */
export class History {
  #past: Edit[] = [];
  #future: Edit[] = [];

  constructor(readonly limit = 100) {}

  push(edit: Edit): void {
    this.#past.push(edit);
    if (this.#past.length > this.limit) this.#past.shift();
    this.#future = [];
  }

  undo(): Edit | null {
    const edit = this.#past.pop();
    if (!edit) return null;
    edit.undo();
    this.#future.push(edit);
    return edit;
  }

  redo(): Edit | null {
    const edit = this.#future.pop();
    if (!edit) return null;
    edit.redo();
    this.#past.push(edit);
    return edit;
  }

  clear(): void {
    this.#past = [];
    this.#future = [];
  }

  get canUndo(): boolean {
    return this.#past.length > 0;
  }

  get canRedo(): boolean {
    return this.#future.length > 0;
  }

  /** The edit Undo would take back. */
  get nextUndo(): Edit | undefined {
    return this.#past[this.#past.length - 1];
  }

  get nextRedo(): Edit | undefined {
    return this.#future[this.#future.length - 1];
  }
}
