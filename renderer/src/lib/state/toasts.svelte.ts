/** A short message at the bottom of the window, optionally with one action such as "Fortryd". */
export interface Toast {
  id: number;
  kind: 'info' | 'error';
  text: string;
  action?: { label: string; run: () => void | Promise<void> };
  /** Further actions beside the first (an export's "Åbn fil" next to "Åbn mappe"). */
  more?: ReadonlyArray<{ label: string; run: () => void | Promise<void> }>;
  /** True for a lasting toast: its buttons leave it open, only × closes it. */
  keep?: boolean;
}

/** The toasts on screen; errors stay until dismissed, others fade after a while. */
class ToastState {
  #items = $state<Toast[]>([]);
  #next = 1;

  /** The toasts to show, oldest first. */
  get items(): readonly Toast[] {
    return this.#items;
  }

  #lastUndo: Toast['action'] | null = null;

  /** Shows an informational message; with an action (an undo) it stays long enough to be used, and Ctrl+Z runs it too. */
  info(text: string, action?: Toast['action']): number {
    if (action) this.#lastUndo = action;
    return this.#push({ kind: 'info', text, ...(action ? { action } : {}) }, action ? 10_000 : 4_000);
  }

  /** Runs the latest undo once (Ctrl+Z outside text fields); false when there is none. */
  async undoLatest(): Promise<boolean> {
    const undo = this.#lastUndo;
    this.#lastUndo = null;
    if (!undo) return false;
    this.#items = this.#items.filter((t) => t.action !== undo);
    await undo.run();
    return true;
  }

  /** Shows a message that matters later (where a file went, a meeting that starts too long) until the user closes it. */
  lasting(text: string, actions: ReadonlyArray<NonNullable<Toast['action']>> = []): number {
    const [action, ...more] = actions;
    return this.#push(
      { kind: 'info', text, keep: true, ...(action ? { action } : {}), ...(more.length ? { more } : {}) },
      null,
    );
  }

  /** Shows an error until the user closes it. */
  error(text: string): number {
    return this.#push({ kind: 'error', text }, null);
  }

  /** Removes one toast. */
  dismiss(id: number): void {
    this.#items = this.#items.filter((t) => t.id !== id);
  }

  #push(toast: Omit<Toast, 'id'>, lifetime: number | null): number {
    const id = this.#next++;
    this.#items = [...this.#items, { ...toast, id }];
    if (lifetime !== null) setTimeout(() => this.dismiss(id), lifetime);
    return id;
  }
}

/** The app's toasts. */
export const toasts = new ToastState();
