import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ExportFolder, ExportResult, SavedExport } from '../../shared/contract/exports';
import { writeFileDurably } from '../storage/durable-write';
import type { SaveDialog, SaveRequest } from './save-export';

/** What the host gives the export path: its dialogs and the system's way to open files and folders. */
export interface ExportHost {
  /** Asks where to save (the native dialog, the preview's folder, a test double). */
  dialog: SaveDialog;
  /** True when the dialog itself asks before replacing a file (the native one does). */
  dialogAsksBeforeReplacing: boolean;
  /** The folder exports go to until the user chooses another. */
  defaultFolder: string;
  /** Lets the user pick a folder; absent where the host has no picker. */
  chooseFolder?: (current: string) => Promise<string | null>;
  /** Shows a folder in the file manager; false where the host cannot. */
  openFolder: (folder: string) => Promise<boolean>;
  /** Opens a file in its own program; false where the host cannot. */
  openFile: (file: string) => Promise<boolean>;
}

/** Where the user's choice of folder is kept (her profile). */
export interface ExportFolderSetting {
  get(): string | undefined;
  set(folder: string | undefined): Promise<void>;
}

// Only the latest few saved files can be opened by handle, and only a few held-back files wait.
const RECENT_LIMIT = 20;
const WAITING_LIMIT = 3;

/**
 * The one export save path: every document, calendar file and data file goes through here. It
 * proposes the export folder, writes only where the user chose, never over a file without asking,
 * and remembers the latest files by handle so "Åbn fil" and "Åbn mappe" never take a path from the page.
 */
export class ExportDesk {
  readonly #recent = new Map<string, string>();
  readonly #waiting = new Map<string, { target: string; bytes: Uint8Array }>();

  constructor(
    private readonly host: ExportHost,
    private readonly setting: ExportFolderSetting,
  ) {}

  /** A desk around a bare dialog that asks for itself, with no folder of its own (tests of one document). */
  static around(dialog: SaveDialog): ExportDesk {
    let folder: string | undefined;
    return new ExportDesk(
      {
        dialog,
        dialogAsksBeforeReplacing: true,
        defaultFolder: '',
        openFolder: async () => false,
        openFile: async () => false,
      },
      { get: () => folder, set: async (next) => void (folder = next) },
    );
  }

  /** The export folder as Indstillinger shows it. */
  folder(): ExportFolder {
    const chosen = this.setting.get();
    return {
      folder: chosen ?? this.host.defaultFolder,
      custom: chosen !== undefined,
      canChoose: !!this.host.chooseFolder,
    };
  }

  /** Lets the user pick another export folder; nothing changes when she cancels. */
  async chooseFolder(): Promise<ExportFolder> {
    const picked = await this.host.chooseFolder?.(this.folder().folder);
    if (picked) await this.setting.set(path.resolve(picked));
    return this.folder();
  }

  /** Back to the standard folder. */
  async resetFolder(): Promise<ExportFolder> {
    await this.setting.set(undefined);
    return this.folder();
  }

  /** Asks where, then writes; a file already there is held back for the user to decide on. */
  async save(bytes: Uint8Array, request: SaveRequest): Promise<ExportResult> {
    const { folder } = this.folder();
    const chosen = await this.host.dialog(folder === '' ? request : { ...request, folder });
    if (chosen === null || chosen.trim() === '') return { saved: false };
    const target = withExtension(path.resolve(chosen), request.filters[0]?.extensions[0]);
    if (!this.host.dialogAsksBeforeReplacing && existsSync(target)) {
      const exportId = randomUUID();
      this.#waiting.set(exportId, { target, bytes });
      trim(this.#waiting, WAITING_LIMIT);
      return { saved: false, exists: { exportId, fileName: path.basename(target), folder: path.dirname(target) } };
    }
    return this.#write(target, bytes);
  }

  /** Writes a held-back export over the file of its name, once the user has said yes. */
  async replace(exportId: string): Promise<ExportResult> {
    const waiting = this.#waiting.get(exportId);
    if (!waiting) return { saved: false };
    this.#waiting.delete(exportId);
    return this.#write(waiting.target, waiting.bytes);
  }

  /** Opens a file saved just now, or shows its folder. */
  async open(exportId: string, what: 'file' | 'folder'): Promise<boolean> {
    const file = this.#recent.get(exportId);
    if (!file || !existsSync(file)) return false;
    return what === 'file' ? this.host.openFile(file) : this.host.openFolder(path.dirname(file));
  }

  async #write(target: string, bytes: Uint8Array): Promise<SavedExport> {
    await writeFileDurably(target, bytes);
    const exportId = randomUUID();
    this.#recent.set(exportId, target);
    trim(this.#recent, RECENT_LIMIT);
    return { saved: true, fileName: path.basename(target), folder: path.dirname(target), exportId };
  }
}

/** "Ledelsesrum" in the user's Downloads folder (or home when there is none): where files go until she chooses. */
export function standardExportFolder(home = os.homedir()): string {
  const downloads = path.join(home, 'Downloads');
  return path.join(existsSync(downloads) ? downloads : home, 'Ledelsesrum');
}

function trim(map: Map<string, unknown>, limit: number): void {
  for (const key of map.keys()) {
    if (map.size <= limit) return;
    map.delete(key);
  }
}

// Compared without case: "Referat.DOCX" from a Windows dialog already has the right extension.
export function withExtension(filePath: string, ext: string | undefined): string {
  if (ext === undefined || ext === '' || ext === '*') return filePath;
  return filePath.toLowerCase().endsWith(`.${ext.toLowerCase()}`) ? filePath : `${filePath}.${ext}`;
}
