/** A short message at the bottom of the window, optionally with one action such as "Fortryd". */
export interface Toast {
  id: number;
  kind: 'info' | 'error';
  text: string;
  action?: { label: string; run: () => void | Promise<void> };
}

/** The toasts on screen; errors stay until dismissed, others fade after a while. */
class ToastState {
  #items = $state<Toast[]>([]);
  #next = 1;

  /** The toasts to show, oldest first. */
  get items(): readonly Toast[] {
    return this.#items;
  }

  /** Shows an informational message; with an action it stays long enough to be used. */
  info(text: string, action?: Toast['action']): number {
    return this.#push({ kind: 'info', text, ...(action ? { action } : {}) }, action ? 10_000 : 4_000);
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
