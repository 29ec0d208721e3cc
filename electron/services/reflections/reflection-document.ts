import { reflectionKindLabels, reflectionPrompts } from '../../shared/domain/reflection-prompts';
import type { LocalizedText } from '../../shared/domain/types';
import type { Reflection } from '../../shared/entities';
import { parseReflectionMarkup, plainLine, type MarkupLine } from '../../shared/entities/reflection-markup';
import { formatLongDate, isoWeek } from '../../shared/time';
import type { DocBlock, DocumentLang, DocumentModel, TextRunModel } from '../../shared/documents/document-model';

/** Everything the journal extract needs besides the entries: names to show and who wrote it. */
export interface ReflectionDocumentInput {
  /** Already stripped of private entries by the caller. */
  entries: Reflection[];
  networkNames: Map<string, string>;
  meetingTitles: Map<string, string>;
  author: string;
  created: Date;
  lang: DocumentLang;
}

const L = {
  title: { da: 'Refleksioner', en: 'Reflections' },
  subtitle: { da: 'Uddrag af co-driverens refleksionsjournal', en: 'Extract from the co-driver’s reflection journal' },
  week: { da: 'Uge', en: 'Week' },
  network: { da: 'Netværk', en: 'Network' },
  meeting: { da: 'Møde', en: 'Meeting' },
  energy: { da: 'Energi', en: 'Energy' },
  progress: { da: 'Fremdrift', en: 'Progress' },
  tags: { da: 'Emneord', en: 'Tags' },
  of: { da: 'af', en: 'of' },
  untitled: { da: 'Uden titel', en: 'Untitled' },
  freeText: { da: 'Noter', en: 'Notes' },
  empty: {
    da: 'Der er ikke skrevet noget i denne refleksion endnu.',
    en: 'Nothing has been written in this reflection yet.',
  },
} satisfies Record<string, LocalizedText>;

/**
 * The journal extract as a document: oldest entry first, grouped under ISO week headings so it
 * reads as the journal looks on screen, each entry with its facts, answered questions and notes.
 */
export function reflectionDocument(input: ReflectionDocumentInput): DocumentModel {
  const { lang } = input;
  const entries = [...input.entries].sort(
    (a, b) => a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt),
  );
  const networkIds = new Set(entries.map((e) => e.networkId));
  const [sharedId] = [...networkIds];
  const onlyNetwork = networkIds.size === 1 && sharedId ? input.networkNames.get(sharedId) : undefined;
  const first = entries[0]?.date;
  const last = entries.at(-1)?.date;
  const period =
    first && last
      ? first === last
        ? formatLongDate(first, lang)
        : `${formatLongDate(first, lang)} – ${formatLongDate(last, lang)}`
      : '';
  const blocks: DocBlock[] = [];
  let week = '';
  for (const entry of entries) {
    const { year, week: number } = isoWeek(entry.date);
    const heading = `${L.week[lang]} ${number}, ${year}`;
    if (heading !== week) blocks.push({ type: 'heading', level: 1, text: (week = heading) });
    blocks.push(...entryBlocks(entry, input, onlyNetwork === undefined));
  }
  return {
    title: onlyNetwork ? `${L.title[lang]} – ${onlyNetwork}` : L.title[lang],
    subtitle: [L.subtitle[lang], period].filter(Boolean).join(' · '),
    author: input.author,
    created: input.created,
    lang,
    blocks,
  };
}

// The network is named per entry only when the extract spans several; otherwise the title says it.
function entryBlocks(entry: Reflection, input: ReflectionDocumentInput, nameNetwork: boolean): DocBlock[] {
  const { lang } = input;
  const blocks: DocBlock[] = [
    { type: 'heading', level: 2, text: entry.title.trim() || L.untitled[lang] },
    factsLine(entry, input, nameNetwork),
  ];
  for (const answer of orderedAnswers(entry)) {
    const shipped = reflectionPrompts.find((p) => p.id === answer.promptId);
    blocks.push({ type: 'heading', level: 3, text: shipped ? shipped.text[lang] : answer.question });
    blocks.push(...markupBlocks(answer.text));
  }
  if (entry.body.trim() !== '') {
    if (entry.answers.length > 0) blocks.push({ type: 'heading', level: 3, text: L.freeText[lang] });
    blocks.push(...markupBlocks(entry.body));
  }
  if (entry.answers.length === 0 && entry.body.trim() === '') blocks.push({ type: 'note', text: L.empty[lang] });
  return blocks;
}

/**
 * An entry's facts as one line under its title – date and kind first, then what is known – rather
 * than a table per entry: a year of entries stays quick to read and quick to build.
 */
function factsLine(entry: Reflection, input: ReflectionDocumentInput, nameNetwork: boolean): DocBlock {
  const { lang } = input;
  const facts: Array<[string | null, string]> = [
    [null, formatLongDate(entry.date, lang)],
    [null, reflectionKindLabels[entry.kind][lang]],
  ];
  const network = entry.networkId ? input.networkNames.get(entry.networkId) : undefined;
  if (network && nameNetwork) facts.push([L.network[lang], network]);
  const meeting = entry.meetingId ? input.meetingTitles.get(entry.meetingId) : undefined;
  if (meeting) facts.push([L.meeting[lang], meeting]);
  if (entry.energy !== null) facts.push([L.energy[lang], `${entry.energy} ${L.of[lang]} 5`]);
  if (entry.progress !== null) facts.push([L.progress[lang], `${entry.progress} ${L.of[lang]} 5`]);
  if (entry.tags.length > 0) facts.push([L.tags[lang], entry.tags.join(', ')]);
  const runs: TextRunModel[] = facts.flatMap(([label, value], index) => [
    ...(index > 0 ? [{ text: ' · ' }] : []),
    ...(label ? [{ text: `${label}: ` }] : []),
    { text: value, bold: true },
  ]);
  return { type: 'paragraph', runs };
}

// Answers follow the order the questions are offered in, not the order they happened to be written.
function orderedAnswers(entry: Reflection): Reflection['answers'] {
  const rank = (id: string): number => {
    const index = reflectionPrompts.findIndex((p) => p.id === id);
    return index === -1 ? reflectionPrompts.length : index;
  };
  return [...entry.answers].sort((a, b) => rank(a.promptId) - rank(b.promptId));
}

/** The writer's markup as document blocks: paragraphs keep bold, italic and line breaks; bullets become a list. */
export function markupBlocks(text: string): DocBlock[] {
  return parseReflectionMarkup(text).map((block): DocBlock =>
    block.type === 'bullets'
      ? { type: 'bullets', items: block.items.map(plainLine) }
      : { type: 'paragraph', runs: block.lines.flatMap((line, index) => lineRuns(line, index > 0)) },
  );
}

function lineRuns(line: MarkupLine, breakBefore: boolean): TextRunModel[] {
  const runs: TextRunModel[] = line.map((span) => ({
    text: span.text,
    ...(span.bold ? { bold: true } : {}),
    ...(span.italic ? { italic: true } : {}),
  }));
  if (breakBefore) runs.unshift({ text: '\n' });
  return runs;
}
