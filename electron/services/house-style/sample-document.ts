/**
 * The sample page the settings page shows a logo or template in before it is kept: a short
 * meeting document with every kind of block the real documents use, in the user's language.
 */
import { para, type DocumentModel, type Letterhead } from '../../shared/documents/document-model';

const WORDS = {
  da: {
    title: 'Eksempel: Dagsorden for netværksmødet',
    subtitle: 'Sådan ser dine dokumenter ud',
    network: 'Netværkets navn',
    when: 'Tidspunkt',
    whenValue: 'Tirsdag 12. januar 2027, kl. 9.00–11.00',
    where: 'Sted',
    whereValue: 'Mødelokale 2',
    item: 'Punkt 1 · Status fra arbejdsgrupperne',
    body: 'Hver gruppe fortæller kort, hvad den er nået til, og hvad den har brug for fra netværket.',
    bullets: ['Hvad er lykkedes siden sidst?', 'Hvad skal netværket tage stilling til?'],
    tasks: 'Opgaver',
    columns: ['Opgave', 'Ansvarlig', 'Frist'],
    row: ['Samle erfaringerne på én side', 'Arbejdsgruppe 1', '26. januar 2027'],
    note: 'Skabelonens skrifttyper og farver bruges i Word-filen og i PDF’en.',
  },
  en: {
    title: 'Sample: Agenda for the network meeting',
    subtitle: 'How your documents look',
    network: 'Name of the network',
    when: 'Time',
    whenValue: 'Tuesday 12 January 2027, 9:00–11:00',
    where: 'Place',
    whereValue: 'Meeting room 2',
    item: 'Item 1 · Status from the working groups',
    body: 'Each group tells briefly how far it has come and what it needs from the network.',
    bullets: ['What has worked since last time?', 'What must the network decide?'],
    tasks: 'Tasks',
    columns: ['Task', 'Responsible', 'Due'],
    row: ['Gather the experience on one page', 'Working group 1', '26 January 2027'],
    note: 'The template’s fonts and colours are used in the Word file and in the PDF.',
  },
} as const;

/** The sample document under a letterhead, written by `author` on `now`. */
export function sampleDocument(lang: 'da' | 'en', letterhead: Letterhead, author: string, now: Date): DocumentModel {
  const w = WORDS[lang];
  return {
    title: w.title,
    subtitle: w.subtitle,
    letterhead: { ...letterhead, network: letterhead.network || w.network },
    author,
    created: now,
    lang,
    blocks: [
      {
        type: 'keyValue',
        rows: [
          [w.when, w.whenValue],
          [w.where, w.whereValue],
        ],
      },
      { type: 'heading', level: 1, text: w.item },
      para(w.body),
      { type: 'bullets', items: [...w.bullets] },
      { type: 'heading', level: 2, text: w.tasks },
      { type: 'table', columns: [...w.columns], rows: [[...w.row]], widths: [3, 2, 2] },
      { type: 'note', text: w.note },
    ],
  };
}
