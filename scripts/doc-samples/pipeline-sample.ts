import { para, type DocumentModel } from '../../electron/shared/documents/document-model';
import { renderDocx } from '../../electron/services/export/render-docx';
import type { DocSample } from './doc-sample';

const MEETING_PLAN: string[][] = [
  ['1', '14. januar 2027', 'Opstart: mandat, tidsplan og forventninger', 'Netværksleder'],
  ['2', '4. februar 2027', 'Netværksdesign: hvem skal med og hvornår', 'Netværksleder og co-driver'],
  ['3', '25. februar 2027', 'Relationsrundtur – status og nye navne', 'Co-driver'],
  ['4', '18. marts 2027', 'Workshop med borgere og medarbejdere', 'Netværksleder'],
  ['5', '8. april 2027', 'Idéudvikling: mange idéer før de gode', 'Hele netværket'],
  ['6', '29. april 2027', 'Prioritering af idéer til afprøvning', 'Hele netværket'],
  ['7', '20. maj 2027', 'Konkretisering af to afprøvninger', 'Kernedeltagere'],
  ['8', '10. juni 2027', 'Afprøvning i to boligområder starter', 'Kernedeltagere'],
  ['9', '19. august 2027', 'Opsamling på første runde af afprøvning', 'Netværksleder og co-driver'],
  ['10', '9. september 2027', 'Justering og anden runde', 'Kernedeltagere'],
  ['11', '30. september 2027', 'Plan for spredning med referenceleder', 'Netværksleder og referenceleder'],
  ['12', '21. oktober 2027', 'Evaluering af værdi og arbejdsform', 'Hele netværket'],
  ['13', '11. november 2027', 'Afrunding og overlevering til basis', 'Netværksleder'],
];

/** A realistic agreement that uses every block type, so one render shows the whole house style. */
export function pipelineSampleModel(): DocumentModel {
  return {
    title: 'Samarbejdsaftale for netværket «Fællesskab mod ensomhed»',
    subtitle: 'Aftale mellem netværksleder og personaleleder · velfærdsnetværk',
    author: 'Mette Kjærgaard Sørensen',
    created: new Date('2026-11-22T09:30:00Z'),
    lang: 'da',
    blocks: [
      {
        type: 'keyValue',
        rows: [
          ['Netværk', 'Fællesskab mod ensomhed (velfærdsnetværk)'],
          ['Netværksleder', 'Mette Kjærgaard Sørensen, Ældre og Sundhed'],
          ['Personaleleder', 'Jørgen Ravn Østergaard, Ældre og Sundhed'],
          ['Periode', '14. januar 2027 – 11. november 2027'],
          ['Næste opfølgning', '15. april 2027'],
        ],
      },
      { type: 'heading', level: 1, text: 'Formål med aftalen' },
      {
        type: 'paragraph',
        runs: [
          { text: 'Aftalen giver netværkslederen et klart ' },
          { text: 'mandat', bold: true },
          {
            text: ' og gør det tydeligt, hvordan tiden deles mellem opgaverne i basis og arbejdet i netværket. Den er et ',
          },
          { text: 'arbejdsredskab', italic: true },
          { text: ', som vi ser på igen ved hver opfølgning.' },
        ],
      },
      { type: 'heading', level: 2, text: 'Tidsbalance' },
      para(
        'Netværkslederen bruger i gennemsnit 8 timer om ugen på netværket. I de intensive perioder omkring workshop og afprøvning kan det stige til 15 timer; til gengæld flyttes driftsopgaver til kollegaer i teamet.',
      ),
      {
        type: 'bullets',
        items: [
          'Personalelederen følger tidsforbruget ved den månedlige samtale.',
          'Vagtplanen lægges, så deltagere fra afdelingen kan komme til møderne.',
          'Bliver tiden for knap, tager vi det op med det samme – ikke først ved næste opfølgning.',
        ],
      },
      { type: 'heading', level: 2, text: 'Dage i sekretariatet' },
      para('Netværkslederen sidder i Sekretariat for Netværksstrukturen i disse perioder:'),
      {
        type: 'numbered',
        items: [
          'Uge 11–12 (forberedelse af workshop)',
          'Uge 23–24 (start på afprøvning)',
          'Uge 42 (evaluering og spredning)',
        ],
      },
      { type: 'heading', level: 3, text: 'Kompetenceudvikling' },
      para(
        'Netværkslederen deltager i netværkslederuddannelsens andet modul i foråret. Erfaringerne deles på et personalemøde i afdelingen, så kollegaerne får gavn af dem.',
      ),
      {
        type: 'note',
        text: 'Husk: Aftalen gælder for netværkets levetid. Ændres rammerne undervejs – fx hvis afprøvningen forlænges – skrives en ny version, og den gamle gemmes.',
      },
      { type: 'pageBreak' },
      { type: 'heading', level: 1, text: 'Mødeplan' },
      para('Planen er vejledende. Datoer for afprøvningen aftales endeligt med kernedeltagerne.'),
      {
        type: 'table',
        columns: ['Nr.', 'Dato', 'Indhold', 'Ansvarlig'],
        widths: [0.5, 2, 3.6, 2.6],
        rows: MEETING_PLAN,
      },
      { type: 'heading', level: 2, text: 'Opfølgning' },
      para('Ved hver opfølgning mellem netværksleder og personaleleder gennemgår vi:'),
      {
        type: 'numbered',
        items: [
          'Status på fremdrift og tidsforbrug',
          'Hvad kan allerede nu bruges i basis?',
          'Behov for hjælp fra referencelederen',
        ],
      },
      { type: 'heading', level: 1, text: 'Underskrifter' },
      para('Med vores underskrifter bekræfter vi aftalen og de rammer, der er beskrevet ovenfor.'),
      {
        type: 'signatures',
        place: true,
        parties: [
          { name: 'Mette Kjærgaard Sørensen', role: 'Netværksleder' },
          { name: 'Jørgen Ravn Østergaard', role: 'Personaleleder' },
        ],
      },
    ],
  };
}

/** The pipeline's own sample: every block type with Danish municipal content. */
export const pipelineSample: DocSample = {
  name: 'pipeline-sample',
  build: () => renderDocx(pipelineSampleModel()),
};
