import { agreementDefinitions, roles } from '../../shared/domain';
import type { CounterpartRole } from '../../shared/domain';
import type { AgreementContent } from '../../shared/entities';
import { formatLongDate, RANGE_DASH } from '../../shared/time';
import { para, type DocBlock, type DocumentLang, type DocumentModel } from '../../shared/documents/document-model';
import { agreementDocumentLabels, type AgreementDocumentLabels } from './agreement-document-labels';

/** A party as the document names them. */
export interface SheetParty {
  name: string;
  title: string;
  unit: string;
}

/** Everything one agreement document says, whether an agreed version or a draft. */
export interface AgreementSheet {
  counterpart: CounterpartRole;
  networkName: string;
  content: AgreementContent;
  leader: SheetParty;
  counterpartParty: SheetParty;
  number: number;
  /** True for a version still being written: no signatures, a clear mark. */
  draft: boolean;
  agreedDate: string;
  reviewDate: string;
  author: string;
  created: Date;
  lang: DocumentLang;
  /** The leader's preparation notes go in only when the user asks for them. */
  includePreparation: boolean;
  /** So do the counterpart's own notes (the co-driver's side). */
  includeCounterpartPreparation: boolean;
}

/**
 * The agreement as a document: who, for which network and period, each topic under its own
 * heading, the version with its dates, and lines for both parties to sign.
 */
export function agreementDocument(sheet: AgreementSheet): DocumentModel {
  const labels = agreementDocumentLabels(sheet.lang);
  const definition = agreementDefinitions[sheet.counterpart];
  const lang = sheet.lang;
  const title = definition.title[lang];
  const versionText = sheet.draft ? labels.draftOf(sheet.number) : labels.versionLine(sheet.number);
  const blocks: DocBlock[] = [];
  if (sheet.draft) blocks.push({ type: 'note', text: labels.draftNote });
  blocks.push({ type: 'keyValue', rows: factRows(sheet, labels) });
  blocks.push(
    { type: 'heading', level: 1, text: labels.purpose },
    para(labels.purposeText(roles.netvaerksleder.name[lang], roles[sheet.counterpart].name[lang], sheet.networkName)),
  );
  blocks.push({ type: 'heading', level: 1, text: labels.agreed });
  for (const topic of definition.topics.filter((t) => t.partOfReview !== true)) {
    const text = (sheet.content.topics[topic.id] ?? '').trim();
    if (text === '') continue;
    blocks.push({ type: 'heading', level: 2, text: topic.title[lang] }, ...paragraphs(text));
  }
  // The review date and the topic on revising along the way share one heading, so it is said once.
  const along = definition.topics
    .filter((t) => t.partOfReview === true)
    .map((t) => (sheet.content.topics[t.id] ?? '').trim())
    .filter((text) => text !== '');
  if (sheet.reviewDate !== '' || along.length > 0) {
    blocks.push({ type: 'heading', level: 1, text: labels.review });
    if (sheet.reviewDate !== '') blocks.push(para(labels.reviewText(formatLongDate(sheet.reviewDate, lang))));
    for (const text of along) blocks.push(...paragraphs(text));
  }
  if (!sheet.draft) {
    blocks.push({ type: 'heading', level: 1, text: labels.signatures }, para(labels.signaturesText), {
      type: 'signatures',
      place: true,
      parties: [
        { name: sheet.leader.name, role: roles.netvaerksleder.name[lang] },
        { name: sheet.counterpartParty.name, role: roles[sheet.counterpart].name[lang] },
      ],
    });
  }
  if (sheet.includePreparation) blocks.push(...preparationBlocks(sheet, labels));
  if (sheet.includeCounterpartPreparation) blocks.push(...counterpartPreparationBlocks(sheet, labels));
  return {
    title,
    subtitle: `${sheet.networkName} · ${versionText}`,
    description: `${title} – ${sheet.networkName} – ${versionText}`,
    author: sheet.author,
    created: sheet.created,
    lang,
    blocks,
  };
}

function factRows(sheet: AgreementSheet, labels: AgreementDocumentLabels): Array<[string, string]> {
  const lang = sheet.lang;
  const date = (value: string): string => (value === '' ? labels.openEnded : formatLongDate(value, lang));
  const rows: Array<[string, string]> = [
    [labels.network, sheet.networkName],
    [roles.netvaerksleder.name[lang], partyLine(sheet.leader)],
    [roles[sheet.counterpart].name[lang], partyLine(sheet.counterpartParty)],
    [labels.period, `${date(sheet.content.periodFrom)} ${RANGE_DASH} ${date(sheet.content.periodTo)}`],
    [labels.version, sheet.draft ? labels.draftOf(sheet.number) : String(sheet.number)],
  ];
  if (sheet.agreedDate !== '') rows.push([labels.agreedOn, date(sheet.agreedDate)]);
  if (sheet.reviewDate !== '') rows.push([labels.reviewBy, date(sheet.reviewDate)]);
  return rows;
}

function preparationBlocks(sheet: AgreementSheet, labels: AgreementDocumentLabels): DocBlock[] {
  const answered = agreementDefinitions[sheet.counterpart].preparationQuestions.filter(
    (q) => (sheet.content.preparation[q.id] ?? '').trim() !== '',
  );
  if (answered.length === 0) return [];
  return [
    { type: 'pageBreak' },
    { type: 'heading', level: 1, text: labels.preparation },
    { type: 'note', text: labels.preparationNote },
    ...answered.flatMap((q): DocBlock[] => [
      { type: 'heading', level: 3, text: q.text[sheet.lang] },
      ...paragraphs((sheet.content.preparation[q.id] ?? '').trim()),
    ]),
  ];
}

function counterpartPreparationBlocks(sheet: AgreementSheet, labels: AgreementDocumentLabels): DocBlock[] {
  const side = agreementDefinitions[sheet.counterpart].counterpartSide;
  const answer = (id: string): string => (sheet.content.counterpartPreparation[id] ?? '').trim();
  const groups = (side?.groups ?? [])
    .map((group) => ({ group, answered: group.questions.filter((q) => answer(q.id) !== '') }))
    .filter(({ answered }) => answered.length > 0);
  if (groups.length === 0) return [];
  return [
    { type: 'pageBreak' },
    { type: 'heading', level: 1, text: labels.counterpartPreparation(roles[sheet.counterpart].name[sheet.lang]) },
    { type: 'note', text: labels.preparationNote },
    ...groups.flatMap(({ group, answered }): DocBlock[] => [
      { type: 'heading', level: 2, text: group.title[sheet.lang] },
      ...answered.flatMap((q): DocBlock[] => [
        { type: 'heading', level: 3, text: q.text[sheet.lang] },
        ...paragraphs(answer(q.id)),
      ]),
    ]),
  ];
}

function partyLine(party: SheetParty): string {
  return [party.name, party.title, party.unit].filter((part) => part.trim() !== '').join(', ');
}

// A blank line starts a new paragraph; single line breaks stay as breaks inside it.
function paragraphs(text: string): DocBlock[] {
  return text
    .split(/\n\s*\n/)
    .map((chunk) => chunk.trim())
    .filter((chunk) => chunk !== '')
    .map((chunk) => para(chunk));
}
