/** Debounced saving for text fields: save shortly after typing stops, at once on blur or when the window goes away. */
export interface Autosaver<T> {
  /** Remembers the newest value and saves it after the delay. */
  schedule(value: T): void;
  /** Saves a waiting value now. */
  flush(): Promise<void>;
  /** Stops listening; saves what is waiting first. */
  dispose(): Promise<void>;
}

const live = new Set<Autosaver<unknown>>();

/** Saves every field that still has typing waiting; used when the window is hidden or closed. */
export function flushAllAutosaves(): Promise<void> {
  return Promise.all([...live].map((saver) => saver.flush())).then(() => undefined);
}

if (typeof window !== 'undefined') {
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
      live.delete(saver as Autosaver<unknown>);
    },
  };
  live.add(saver as Autosaver<unknown>);
  return saver;
}
