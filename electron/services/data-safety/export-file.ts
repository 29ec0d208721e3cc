import { AppError } from '../../shared/app-error';
import type { AppData } from '../storage/app-data';
import { interpret } from '../storage/store';

/** Marks a file as a Ledelsesrum export, so a random JSON file is recognised as not one. */
export const EXPORT_FORMAT = 'ledelsesrum-eksport';

/** The export file's text: the data wrapped with what it is and when it was made. */
export function exportFileText(data: AppData, exportedAt: Date, appVersion: string): string {
  return `${JSON.stringify({ format: EXPORT_FORMAT, formatVersion: 1, exportedAt: exportedAt.toISOString(), appVersion, data }, null, 1)}\n`;
}

/** Reads an export file (or a bare data file), migrating and checking it; refuses anything else with a reason. */
export function readExportFile(content: string): { data: AppData; exportedAt: string | null } {
  let json: unknown;
  try {
    json = JSON.parse(content);
  } catch {
    throw refuse('filen er ikke gyldig JSON', 'the file is not valid JSON');
  }
  if (typeof json !== 'object' || json === null)
    throw refuse('filen er ikke en eksport fra Ledelsesrum', 'the file is not a Ledelsesrum export');
  const wrapper = json as { format?: unknown; formatVersion?: unknown; exportedAt?: unknown; data?: unknown };
  const isExport = wrapper.format === EXPORT_FORMAT;
  if (isExport && wrapper.formatVersion !== 1)
    throw refuse('filen er fra en nyere version af Ledelsesrum', 'the file is from a newer version of Ledelsesrum');
  const payload = isExport ? wrapper.data : json;
  const checked = interpret(new TextEncoder().encode(JSON.stringify(payload)));
  if (!checked.ok) throw refuse(checked.reason, 'the file does not have the expected content');
  return {
    data: checked.data,
    exportedAt: isExport && typeof wrapper.exportedAt === 'string' ? wrapper.exportedAt : null,
  };
}

function refuse(reasonDa: string, reasonEn: string): AppError {
  return new AppError(
    'invalid-input',
    `Filen kan ikke indlæses: ${reasonDa}. Intet er ændret.`,
    `The file cannot be imported: ${reasonEn}. Nothing was changed.`,
  );
}
