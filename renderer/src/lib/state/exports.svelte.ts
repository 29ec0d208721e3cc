/**
 * What every export ends with: a file of the same name is replaced only after the user says yes, and
 * a saved file is announced until dismissed, naming its folder, with "Åbn mappe" and "Åbn fil" (opened
 * by the host through the export's handle; the page never sends a path).
 */
import type { ExportResult, SavedExport } from '$shared/contract/exports';
import { api, call } from '../api';
import { t } from '../i18n/i18n.svelte';
import { toasts } from './toasts.svelte';

type Existing = NonNullable<Extract<ExportResult, { saved: false }>['exists']>;

class ExportsState {
  /** The file an export would replace, while the user is asked. */
  asking = $state<Existing | null>(null);
  #answer: ((yes: boolean) => void) | null = null;

  /**
   * Finishes an export: asks before replacing, then says where the file went. `note` adds a line
   * of the export's own (entries left out). Resolves to what was saved, or null.
   */
  async finish<R extends ExportResult>(first: R, note: (result: R) => string = () => ''): Promise<SavedExport | null> {
    let saved: ExportResult = first;
    if (!first.saved && first.exists) {
      if (!(await this.#ask(first.exists))) return null;
      saved = await call(api.exports.replace({ exportId: first.exists.exportId }));
    }
    if (!saved.saved) return null;
    this.announce(saved, note(first));
    return saved;
  }

  /** The lasting toast for a saved file. */
  announce(saved: SavedExport, note = ''): void {
    const text = `${t('exports.saved', { fileName: saved.fileName, folder: saved.folder })}.${note ? ` ${note}` : ''}`;
    const open = (what: 'file' | 'folder') => async () => {
      const { opened } = await call(api.exports.open({ exportId: saved.exportId, what }));
      if (!opened) toasts.info(t('exports.cannotOpen', { folder: saved.folder }));
    };
    toasts.lasting(text, [
      { label: t('exports.openFolder'), run: open('folder') },
      { label: t('exports.openFile'), run: open('file') },
    ]);
  }

  /** The user's answer to the replace question. */
  answer(yes: boolean): void {
    this.asking = null;
    this.#answer?.(yes);
    this.#answer = null;
  }

  #ask(existing: Existing): Promise<boolean> {
    this.#answer?.(false);
    this.asking = existing;
    return new Promise((resolve) => (this.#answer = resolve));
  }
}

/** The app's export ending. */
export const exportsState = new ExportsState();
