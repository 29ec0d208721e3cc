import type { ReflectionExportResult } from '../../shared/contract/reflections';
import { AppError } from '../../shared/app-error';
import type { ValidInputOf } from '../../shared/contract';
import type { Reflection } from '../../shared/entities';
import type { DocumentLang, DocumentModel } from '../../shared/documents/document-model';
import { renderDocx } from '../export/render-docx';
import { saveExport, saveRequestFor } from '../export/save-export';
import { houseTemplate, letterheadFor } from '../house-style/house-style';
import type { ServiceContext } from '../service-context';
import type { AppData } from '../storage/app-data';
import { meetingFacts } from './meeting-link';
import { reflectionDocument } from './reflection-document';

type ExportRequest = ValidInputOf<'reflections:export'>;

/**
 * The entries an export may contain: the chosen ones (or all) within the period, minus every
 * private entry. The stored flag decides, whatever ids the caller sends, so no screen can leak one.
 */
export function exportableReflections(
  data: AppData,
  request: ExportRequest,
): { entries: Reflection[]; skippedPrivate: number } {
  const wanted = request.ids ? new Set(request.ids) : null;
  const chosen = data.reflections.filter(
    (entry) =>
      (wanted === null || wanted.has(entry.id)) &&
      (!request.from || entry.date >= request.from) &&
      (!request.to || entry.date <= request.to),
  );
  const entries = chosen.filter((entry) => entry.private !== true);
  return { entries, skippedPrivate: chosen.length - entries.length };
}

/** Writes chosen entries, or a period, as a Word journal extract where the user chooses. */
export async function exportReflections(ctx: ServiceContext, request: ExportRequest): Promise<ReflectionExportResult> {
  const data = ctx.store.data;
  const { entries, skippedPrivate } = exportableReflections(data, request);
  if (entries.length === 0) {
    throw new AppError(
      'invalid-input',
      skippedPrivate > 0
        ? 'Der er intet at eksportere: de valgte refleksioner er private, og private refleksioner kommer aldrig med i en eksport.'
        : 'Der er ingen refleksioner at eksportere. Vælg nogle refleksioner eller en anden periode.',
      skippedPrivate > 0
        ? 'There is nothing to export: the chosen reflections are private, and private reflections never go into an export.'
        : 'There are no reflections to export. Choose some reflections or another period.',
    );
  }
  const lang = request.lang ?? 'da';
  const model = reflectionExportModel(data, entries, lang, ctx.clock.now());
  // The header names the network when every entry is about the same one.
  const networkIds = new Set(entries.map((entry) => entry.networkId));
  const only = networkIds.size === 1 ? data.networks.find((n) => networkIds.has(n.id)) : undefined;
  const bytes = await renderDocx({ ...model, letterhead: letterheadFor(data, only?.name ?? '') }, houseTemplate(data));
  const saved = await saveExport(
    bytes,
    saveRequestFor(model.title, lang === 'da' ? 'Gem refleksioner som Word' : 'Save reflections as Word', {
      name: lang === 'da' ? 'Word-dokument' : 'Word document',
      extensions: ['docx'],
    }),
    ctx.saveDialog,
  );
  return { ...saved, exportedCount: entries.length, skippedPrivate };
}

/** The journal extract for entries already cleared by `exportableReflections`. */
export function reflectionExportModel(
  data: AppData,
  entries: Reflection[],
  lang: DocumentLang,
  now: Date,
): DocumentModel {
  return reflectionDocument({
    entries: structuredClone(entries),
    networkNames: new Map(data.networks.map((n) => [n.id, n.name])),
    meetingTitles: new Map(
      data.meetings.map((m) => [m.id, meetingFacts(m).title]).filter(([, title]) => title !== '') as Array<
        [string, string]
      >,
    ),
    author: authorOf(data, entries),
    created: now,
    lang,
  });
}

// The journal is the co-driver's, so without a profile name the network's co-driver is named.
function authorOf(data: AppData, entries: Reflection[]): string {
  if (data.profile.name.trim() !== '') return data.profile.name;
  const network = data.networks.find((n) => n.id === entries[0]?.networkId);
  const codriver = network?.roleHolders.codriver;
  return data.people.find((p) => p.id === codriver)?.name ?? '';
}
