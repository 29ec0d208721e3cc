/**
 * Hostile text through every Word export kind. A base dataset (the example network with its
 * meetings and reflections, plus an agreed agreement with preparation notes) is copied for each run
 * and every user-typed string in it is replaced by hostile text; each kind's document is then built
 * from the copy by the same pure functions the export channels use, rendered by `docx` and opened by
 * the strict reader. Shared by the suite's reduced run and `npm run test:exports`.
 */
import fc from 'fast-check';
import type { DocumentModel } from '../../electron/shared/documents/document-model';
import { renderDocx } from '../../electron/services/export/render-docx';
import { agreementDocument } from '../../electron/services/agreements/agreement-document';
import { agreementSheet } from '../../electron/services/agreements/agreement-export';
import { agendaDocument } from '../../electron/services/meetings/agenda-document';
import { meetingDocInput } from '../../electron/services/meetings/meeting-export';
import { minutesDocument } from '../../electron/services/meetings/minutes-document';
import { reflectionExportModel } from '../../electron/services/reflections/reflection-export';
import { roleHandoutDocument } from '../../electron/services/roles/role-handout-document';
import { roleHandoutSheet } from '../../electron/services/roles/role-handout-export';
import type { AppData } from '../../electron/services/storage/app-data';
import { agreementDefinitions } from '../../electron/shared/domain';
import type { Agreement, Network } from '../../electron/shared/entities';
import { inspectDocx } from './docx-inspect';
import { hostileText } from './hostile-text';
import { fixedClock, must, startTempServices } from './temp-services';

const NOW = new Date('2026-11-23T09:00:00.000Z');

/** One Word export: how its document is built from the data, and a field whose text it must show. */
export interface ExportKind {
  name: string;
  build(data: AppData): DocumentModel;
  /** A user-typed text the document must contain (after sanitising), to prove the text got in. */
  mustShow(data: AppData): string;
}

export const EXPORT_KINDS: readonly ExportKind[] = [
  {
    name: 'rollebeskrivelse',
    build: (data) =>
      roleHandoutDocument(
        roleHandoutSheet(data, { roleId: 'codriver', networkId: firstNetwork(data).id, lang: 'da' }, NOW),
      ),
    mustShow: (data) => firstNetwork(data).name,
  },
  {
    name: 'dagsorden',
    build: (data) => agendaDocument(meetingDocInput(data, firstMeeting(data).id, 'da', NOW)),
    mustShow: (data) => firstMeeting(data).agenda[0]?.title ?? '',
  },
  {
    name: 'referat',
    build: (data) => minutesDocument(meetingDocInput(data, firstMeeting(data).id, 'da', NOW)),
    mustShow: (data) => firstMeeting(data).title,
  },
  {
    name: 'refleksioner',
    build: (data) => reflectionExportModel(data, publicReflections(data), 'da', NOW),
    mustShow: (data) => publicReflections(data)[0]?.title ?? '',
  },
  {
    name: 'samarbejdsaftale',
    build: (data) =>
      agreementDocument(
        agreementSheet(
          data,
          { id: firstAgreement(data).id, lang: 'da', includePreparation: true, includeCounterpartPreparation: true },
          NOW,
        ),
      ),
    mustShow: (data) => Object.values(firstAgreement(data).versions[0]?.topics ?? {}).find((text) => text !== '') ?? '',
  },
];

function firstNetwork(data: AppData): Network {
  const network = data.networks[0];
  if (!network) throw new Error('The base data has no network.');
  return network;
}
function firstMeeting(data: AppData) {
  const meeting = data.meetings.find((m) => !m.isTemplate && m.agenda.length > 0 && m.decisions.length > 0);
  if (!meeting) throw new Error('The base data has no meeting with agenda and decisions.');
  return meeting;
}
function publicReflections(data: AppData) {
  return data.reflections.filter((r) => !r.private);
}
function firstAgreement(data: AppData): Agreement {
  const agreement = data.agreements[0];
  if (!agreement) throw new Error('The base data has no agreement.');
  return agreement;
}

/** The example network with meetings and reflections, and an agreed referenceleder agreement with notes. */
export async function exportFuzzBaseData(): Promise<AppData> {
  const services = await startTempServices({ clock: fixedClock() });
  try {
    const network = await must(services, 'networks:load-example', {});
    const agreement = await must(services, 'agreements:start', {
      networkId: network.id,
      counterpart: 'referenceleder',
    });
    const definition = agreementDefinitions.referenceleder;
    await must(services, 'agreements:update-draft', {
      id: agreement.id,
      patch: {
        preparation: Object.fromEntries(definition.preparationQuestions.map((q) => [q.id, `Forberedelse: ${q.id}`])),
        topics: Object.fromEntries(definition.topics.map((t) => [t.id, `Aftalt om ${t.id}.`])),
        periodFrom: '2026-12-01',
        periodTo: '2027-06-30',
        agreedDate: '2026-11-23',
        reviewDate: '2027-05-20',
      },
    });
    const approved = await must(services, 'agreements:approve', { id: agreement.id });
    if (approved.issues.length > 0) throw new Error('The base agreement could not be approved.');
    return structuredClone(services.store.data);
  } finally {
    await services.dispose();
  }
}

// Keys whose strings are ids, dates, times or fixed choices, not text a user typed.
const NOT_USER_TEXT =
  /^(id|.*Ids?|.*Date|.*At|date|startTime|time|kind|status|type|counterpart|roleId|role|method|lang|step|period(From|To)|currentPhase|phase|schemaVersion|itemType|promptId|attendance)$/;

/** A copy of the data with every user-typed string replaced, round robin, by the given texts. */
export function withHostileText(base: AppData, texts: readonly string[]): AppData {
  const data = structuredClone(base);
  let next = 0;
  const take = (): string => texts[next++ % texts.length] ?? '';
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (node === null || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    for (const [key, value] of Object.entries(record)) {
      if (typeof value === 'string' && !NOT_USER_TEXT.test(key)) record[key] = take();
      else if (key === 'tags' && Array.isArray(value)) record[key] = value.map(() => take());
      else if (typeof value === 'object') visit(value);
    }
  };
  [data.networks, data.people, data.meetings, data.reflections, data.agreements].forEach(visit);
  return data;
}

/** What one kind's fuzz run found: how many documents were built and which inputs broke one. */
export interface ExportFuzzReport {
  kind: string;
  runs: number;
  wellFormed: number;
  failures: Array<{ texts: string[]; error: string }>;
}

/** Builds `runs` documents of one kind from hostile copies of the base data; never throws on a bad document. */
export async function fuzzExportKind(
  kind: ExportKind,
  base: AppData,
  runs: number,
  seed = 2026,
): Promise<ExportFuzzReport> {
  const report: ExportFuzzReport = { kind: kind.name, runs: 0, wellFormed: 0, failures: [] };
  const inputs = fc.sample(fc.array(hostileText, { minLength: 48, maxLength: 48 }), { numRuns: runs, seed });
  for (const [index, texts] of inputs.entries()) {
    report.runs += 1;
    // A fixed marker in front makes every text non-empty, so the shown field is always in the document.
    const marked = texts.map((text, i) => `«${index}.${i}»${text}`);
    try {
      const data = withHostileText(base, marked);
      const doc = await inspectDocx(await renderDocx(kind.build(data)));
      const marker = /^«[\d.]+»/.exec(kind.mustShow(data))?.[0];
      if (!marker || !doc.allText.includes(marker))
        throw new Error(`The document lacks the user text marked ${marker ?? '(none)'}.`);
      report.wellFormed += 1;
    } catch (error) {
      report.failures.push({ texts: marked, error: error instanceof Error ? error.message : String(error) });
    }
  }
  return report;
}
