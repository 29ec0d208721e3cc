import { renderDocx } from '../../electron/services/export/render-docx';
import { reflectionDocument } from '../../electron/services/reflections/reflection-document';
import type { Reflection } from '../../electron/shared/entities';
import type { WordTemplate } from '../../electron/services/house-style/word-template';
import type { DocSample } from './doc-sample';
import { sampleLetterhead } from './sample-letterhead';

const NETWORK_ID = 'netvaerk-ensomhed';
const MEETING_ID = 'moede-designworkshop';

function entry(fields: Partial<Reflection> & Pick<Reflection, 'id' | 'kind' | 'date' | 'title'>): Reflection {
  return {
    createdAt: `${fields.date}T15:00:00.000Z`,
    updatedAt: `${fields.date}T15:30:00.000Z`,
    networkId: NETWORK_ID,
    meetingId: null,
    body: '',
    answers: [],
    tags: [],
    energy: null,
    progress: null,
    private: false,
    promptsHidden: false,
    ...fields,
  };
}

/** A co-driver's month in a welfare network: before and after a workshop, and a free note. */
const entries: Reflection[] = [
  entry({
    id: 'r1',
    kind: 'foer',
    date: '2026-11-16',
    title: 'Før designworkshoppen',
    meetingId: MEETING_ID,
    energy: 4,
    progress: 3,
    tags: ['design', 'borgerperspektiv'],
    answers: [
      {
        promptId: 'risikovillighed-foer-1',
        question: '',
        text: 'Vi lader de ældre selv beskrive en almindelig uge, før vi taler om løsninger.',
      },
      {
        promptId: 'sparring-foer-1',
        question: '',
        text: 'At jeg holder tiden, så hun kan være til stede i samtalerne ved bordene.',
      },
    ],
    body: 'Jeg er spændt på, om frivilligcentret og hjemmeplejen kan se sig selv i **samme** billede.',
  }),
  entry({
    id: 'r2',
    kind: 'efter',
    date: '2026-11-18',
    title: 'Efter designworkshoppen',
    meetingId: MEETING_ID,
    energy: 3,
    progress: 4,
    tags: ['design'],
    answers: [
      {
        promptId: 'fremdrift-efter-1',
        question: '',
        text: 'Tre idéer fik ejere. Spørgsmålet om kørsel stod stille – det kræver en anden forvaltning med ved bordet.',
      },
      {
        promptId: 'sidemandslaering-efter-1',
        question: '',
        text: 'Hun lod uenigheden om visitationen stå åben i stedet for at lukke den for tidligt.',
      },
    ],
    body: 'Det tager jeg med til næste gang:\n\n- Start med borgernes egne ord, ikke med vores tal.\n- Giv pausen *tid* – de bedste idéer kom efter kaffen.\n- Aftal, hvem der skriver opsamlingen, inden vi går.',
  }),
  entry({
    id: 'r3',
    kind: 'fri',
    date: '2026-11-24',
    title: 'Hvad jeg lærer om at lede på tværs',
    energy: 4,
    progress: 3,
    tags: ['sidemandslæring'],
    body: 'Artiklen om netværksledelse på https://www.kora.example/netvaerk satte ord på noget, jeg havde mærket.\n\nDet er ikke mødet, der er det svære – det er tiden imellem. Netværkslederen bruger mange små samtaler på at holde alle med, og det ser man ikke på dagsordenen.\n\nJeg vil bede om at være med til to af de samtaler i december.',
  }),
];

/** The network the journal's entries are about. */
export const JOURNAL_NETWORK = 'Fællesskab mod ensomhed';

function journalDocx(list: Reflection[], template: WordTemplate | null): Promise<Uint8Array> {
  const model = reflectionDocument({
    entries: list,
    networkNames: new Map([[NETWORK_ID, JOURNAL_NETWORK]]),
    meetingTitles: new Map([[MEETING_ID, 'Designworkshop med borgere og frivillige']]),
    author: 'Ali Yilmaz',
    created: new Date('2026-11-25T10:00:00Z'),
    lang: 'da',
  });
  return renderDocx({ ...model, letterhead: sampleLetterhead(JOURNAL_NETWORK) }, template);
}

/** The reflection journal extract as a co-driver would export it for their own development talk. */
export const reflectionJournalSample: DocSample = {
  name: 'reflection-journal',
  build: (template) => journalDocx(entries, template),
};

/**
 * Half a year of the same co-driver's journal, week after week: long enough for a table of
 * contents, as a journal extract for a development talk often is.
 */
export const longReflectionJournalSample: DocSample = {
  name: 'reflection-journal-long',
  build: (template) => journalDocx(halfYear(), template),
};

function halfYear(): Reflection[] {
  return Array.from({ length: 24 }, (_, week) =>
    entries.map((e, i) => {
      const day = new Date(Date.parse(`${e.date}T12:00:00Z`) - (23 - week) * 7 * 86_400_000);
      const date = day.toISOString().slice(0, 10);
      return {
        ...e,
        id: `${e.id}-${week}-${i}`,
        date,
        createdAt: `${date}T15:00:00.000Z`,
        updatedAt: `${date}T15:30:00.000Z`,
      };
    }),
  ).flat();
}
