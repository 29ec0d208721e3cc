import * as v from 'valibot';
import type { LocalizedText } from '../domain/types';
import { PHASE_MODEL_FILE_FORMAT, phaseModelFileSchema, type StoredPhaseModel } from './phase-model';

/** Largest model file read; a real one is a few tens of kilobytes. */
export const PHASE_MODEL_FILE_MAX_CHARS = 2_000_000;

export type PhaseModelFileReading = { ok: true; model: StoredPhaseModel } | { ok: false; message: LocalizedText };

const fail = (da: string, en: string): PhaseModelFileReading => ({ ok: false, message: { da, en } });

/** Writes a model as a file another organisation can import. */
export function phaseModelFileText(model: StoredPhaseModel): string {
  return `${JSON.stringify({ format: PHASE_MODEL_FILE_FORMAT, formatVersion: 1, model }, null, 2)}\n`;
}

/**
 * Reads a shared model file, or says in plain words why it cannot be used. Never a partial model:
 * the caller changes nothing unless `ok` is true.
 */
export function readPhaseModelFile(text: string): PhaseModelFileReading {
  if (text.length > PHASE_MODEL_FILE_MAX_CHARS) {
    return fail('Filen er for stor til at være en fasemodel.', 'The file is too large to be a phase model.');
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return fail(
      'Filen kan ikke læses: den er ikke en fasemodel gemt fra Ledelsesrum.',
      'The file cannot be read: it is not a phase model saved from Ledelsesrum.',
    );
  }
  const tag = typeof data === 'object' && data !== null ? (data as Record<string, unknown>).format : undefined;
  if (tag !== PHASE_MODEL_FILE_FORMAT) {
    return fail(
      'Filen er ikke en fasemodel. Vælg en fil, der er gemt med "Gem fasemodel som fil".',
      'The file is not a phase model. Choose a file saved with "Save phase model as a file".',
    );
  }
  const parsed = v.safeParse(phaseModelFileSchema, data);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const duplicate = issue?.message.startsWith('duplicate-') === true;
    return duplicate
      ? fail(
          'Fasemodellen i filen har to faser eller punkter med samme id eller nummer. Intet er ændret.',
          'The phase model in the file has two phases or items with the same id or number. Nothing was changed.',
        )
      : fail(
          // No field path: "model.phases.3.checklist" says nothing to the person who got the file.
          'Fasemodellen i filen er ufuldstændig eller beskadiget, så den kan ikke bruges. Intet er ændret.',
          'The phase model in the file is incomplete or damaged, so it cannot be used. Nothing was changed.',
        );
  }
  return { ok: true, model: parsed.output.model };
}
