/** Debounced saving for text fields: save shortly after typing stops, at once on blur or when the window goes away. */
export interface Autosaver<T> {
  /** Remembers the newest value and saves it after the delay. */
  schedule(value: T): void;
  /** Saves a waiting value now. */
  flush(): Promise<void>;
  /** Stops listening; saves what is waiting first. */
  dispose(): Promise<void>;
  /** True while typing is waiting to be saved. */
  readonly pending: boolean;
}

const live = new Set<Autosaver<unknown>>();

/** Saves every field that still has typing waiting; used when the window is hidden or closed. */
export function flushAllAutosaves(): Promise<void> {
  return Promise.all([...live].map((saver) => saver.flush())).then(() => undefined);
}

/** True while any field has typing that is not saved yet. */
export function hasPendingAutosaves(): boolean {
  return [...live].some((saver) => saver.pending);
}

/** The desktop window can be held open until saves land; a browser tab cannot be closed by the page. */
const inDesktopWindow = typeof navigator !== 'undefined' && /Electron/.test(navigator.userAgent);

if (typeof window !== 'undefined') {
  let closingAfterSave = false;
  window.addEventListener('beforeunload', (event) => {
    if (!inDesktopWindow || closingAfterSave || !hasPendingAutosaves()) return;
    // Keep the window open for the moment the last keystrokes need to reach the disk, then close it.
    event.preventDefault();
    event.returnValue = '';
    void flushAllAutosaves().then(() => {
      closingAfterSave = true;
      window.close();
    });
  });
  window.addEventListener('pagehide', () => void flushAllAutosaves());
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') void flushAllAutosaves();
  });
}

/** Creates a saver that calls `save` with the newest value, never two saves for the same value. */
export function createAutosaver<T>(save: (value: T) => Promise<void>, delayMs = 500): Autosaver<T> {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let waiting: { value: T } | null = null;

  const saver: Autosaver<T> = {
    get pending() {
      return waiting !== null;
    },
    schedule(value) {
      waiting = { value };
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => void saver.flush(), delayMs);
    },
    async flush() {
      if (timer) clearTimeout(timer);
      timer = null;
      if (!waiting) return;
      const { value } = waiting;
      waiting = null;
      await save(value).catch(() => undefined);
    },
    async dispose() {
      await saver.flush();
      live.delete(saver);
    },
  };
  live.add(saver);
  return saver;
}
