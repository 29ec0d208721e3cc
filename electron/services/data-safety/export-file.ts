import { AppError } from '../../shared/app-error';
import type { AppData, LeftOut } from '../storage/app-data';
import { interpretJson } from '../storage/data-file';
import type { OmittedPart } from '../../shared/contract/data';
import { openWithPassword, passwordFileHeader } from '../crypto/password-file';
import { OMITTED_BY_DEFAULT } from './shareable-data';

/** Marks a file as a Ledelsesrum export, so a random JSON file is recognised as not one. */
export const EXPORT_FORMAT = 'ledelsesrum-eksport';

/** What `purpose` a password-encrypted export names in its clear header. */
export const ENCRYPTED_EXPORT_PURPOSE = 'eksport';

/** An export file as read: its data, when it was made, and what it left out. */
export interface ExportContents {
  data: AppData;
  exportedAt: string | null;
  omitted: OmittedPart[];
  /** Records the file held that cannot be read; an import leaves them out. */
  leftOut: LeftOut[];
}

/** The export file's text: the data wrapped with what it is, when it was made and what it leaves out. */
export function exportFileText(
  data: AppData,
  exportedAt: Date,
  appVersion: string,
  omitted: readonly OmittedPart[],
): string {
  return `${JSON.stringify({ format: EXPORT_FORMAT, formatVersion: 1, exportedAt: exportedAt.toISOString(), appVersion, omitted, data }, null, 1)}\n`;
}

/**
 * Reads a file picked for import: a password-encrypted export is opened with the password first.
 * Without a password, or with a wrong one, it answers that one is needed, and reads nothing.
 */
export async function readImportFile(
  content: string,
  password: string | undefined,
): Promise<ExportContents | { needsPassword: true; wrongPassword: boolean }> {
  if (!passwordFileHeader(content)) return readExportFile(content);
  if (!password) return { needsPassword: true, wrongPassword: false };
  const plain = await openWithPassword(content, password);
  if (plain === 'wrong-password' || plain === 'not-sealed') return { needsPassword: true, wrongPassword: true };
  return readExportFile(plain);
}

/** Reads an export file (or a bare data file), migrating and checking it; refuses anything else with a reason. */
export function readExportFile(content: string): ExportContents {
  let json: unknown;
  try {
    // A byte order mark (Notepad writes one) is not part of the JSON.
    json = JSON.parse(content.replace(/^\uFEFF/, ''));
  } catch {
    throw refuse('filen er ikke gyldig JSON', 'the file is not valid JSON');
  }
  if (typeof json !== 'object' || json === null)
    throw refuse('filen er ikke en eksport fra Ledelsesrum', 'the file is not a Ledelsesrum export');
  const wrapper = json as {
    format?: unknown;
    formatVersion?: unknown;
    exportedAt?: unknown;
    omitted?: unknown;
    data?: unknown;
  };
  const isExport = wrapper.format === EXPORT_FORMAT;
  if (isExport && wrapper.formatVersion !== 1)
    throw refuse('filen er fra en nyere version af Ledelsesrum', 'the file is from a newer version of Ledelsesrum');
  const payload = isExport ? wrapper.data : json;
  const checked = interpretJson(payload);
  if (!checked.ok) throw refuse(checked.reason, 'the file does not have the expected content');
  return {
    data: checked.data,
    leftOut: checked.leftOut,
    exportedAt: isExport && typeof wrapper.exportedAt === 'string' ? wrapper.exportedAt : null,
    // Files from before this list existed held everything.
    omitted: Array.isArray(wrapper.omitted)
      ? OMITTED_BY_DEFAULT.filter((part) => (wrapper.omitted as unknown[]).includes(part))
      : [],
  };
}

function refuse(reasonDa: string, reasonEn: string): AppError {
  return new AppError(
    'invalid-input',
    `Filen kan ikke indlæses: ${reasonDa}. Intet er ændret.`,
    `The file cannot be imported: ${reasonEn}. Nothing was changed.`,
  );
}
