import { formatLongDate, utcToCopenhagen } from '../../shared/time';
import type { Clock } from '../clock';
import { para, type DocumentLang, type DocumentModel } from '../../shared/documents/document-model';
import { renderDocx } from '../export/render-docx';
import { saveExport, saveRequestFor, type SaveDialog, type SaveExportResult } from '../export/save-export';
import { houseTemplate, letterheadFor } from '../house-style/house-style';
import type { AppData } from '../storage/app-data';
import { notPendingError } from './vault-messages';

/** What the recovery sheet says, in each document language (own words, Danish first). */
const WORDS: Record<
  DocumentLang,
  {
    title: string;
    subtitle: string;
    codeHeading: string;
    what: string;
    when: string[];
    whenHeading: string;
    keep: string[];
    keepHeading: string;
    note: string;
    created: string;
    folder: string;
    dialogTitle: string;
    wordDocument: string;
  }
> = {
  da: {
    title: 'Gendannelseskode til Ledelsesrum',
    subtitle: 'Åbner dine krypterede data, hvis nøglen på computeren går tabt',
    codeHeading: 'Din gendannelseskode',
    what:
      'Dine data i Ledelsesrum er krypteret på disken. Nøglen ligger normalt i computerens egen nøglering, så du ' +
      'ikke mærker den. Gendannelseskoden herunder er den anden vej ind: med den kan du altid åbne dine data igen.',
    whenHeading: 'Hvornår skal du bruge den?',
    when: [
      'Når du flytter datamappen til en ny computer.',
      'Når computerens nøglering er nulstillet, eller Windows/macOS er geninstalleret.',
      'Når du har glemt din adgangskode til Ledelsesrum.',
    ],
    keepHeading: 'Sådan opbevarer du den',
    keep: [
      'Udskriv arket, og læg det et sikkert sted, fx sammen med andre vigtige papirer.',
      'Gem ikke filen på den samme computer som dine data, og send den ikke med e-mail.',
      'Alle, der har koden og en kopi af datamappen, kan læse dine data.',
    ],
    note: 'Koden vises kun denne ene gang i Ledelsesrum og gemmes ikke nogen steder. Mister du både nøglen og koden, kan ingen åbne dine data.',
    created: 'Lavet',
    folder: 'Datamappe',
    dialogTitle: 'Gem gendannelsesark',
    wordDocument: 'Word-dokument',
  },
  en: {
    title: 'Ledelsesrum recovery code',
    subtitle: 'Opens your encrypted data if the key on the computer is lost',
    codeHeading: 'Your recovery code',
    what:
      'Your data in Ledelsesrum is encrypted on disk. The key is normally kept in the computer’s own keyring, so you ' +
      'never notice it. The recovery code below is the other way in: with it you can always open your data again.',
    whenHeading: 'When do you need it?',
    when: [
      'When you move the data folder to a new computer.',
      'When the computer’s keyring has been reset, or Windows/macOS has been reinstalled.',
      'When you have forgotten your Ledelsesrum passcode.',
    ],
    keepHeading: 'How to keep it',
    keep: [
      'Print the sheet and keep it somewhere safe, for instance with other important papers.',
      'Do not keep the file on the same computer as your data, and do not send it by e-mail.',
      'Anyone with the code and a copy of the data folder can read your data.',
    ],
    note: 'The code is shown only this once in Ledelsesrum and is not stored anywhere. If you lose both the key and the code, nobody can open your data.',
    created: 'Made',
    folder: 'Data folder',
    dialogTitle: 'Save recovery sheet',
    wordDocument: 'Word document',
  },
};

/** The one-page recovery sheet: the code in large groups, what it is for and how to keep it. */
export function recoverySheetDocument(sheet: {
  code: string;
  lang: DocumentLang;
  created: Date;
  author: string;
  dataFolder: string;
  createdText: string;
}): DocumentModel {
  const w = WORDS[sheet.lang];
  return {
    title: w.title,
    subtitle: w.subtitle,
    author: sheet.author,
    created: sheet.created,
    lang: sheet.lang,
    blocks: [
      para(w.what),
      { type: 'heading', level: 2, text: w.codeHeading },
      { type: 'paragraph', runs: [{ text: sheet.code, bold: true }] },
      {
        type: 'keyValue',
        rows: [
          [w.created, sheet.createdText],
          [w.folder, sheet.dataFolder],
        ],
      },
      { type: 'heading', level: 2, text: w.whenHeading },
      { type: 'bullets', items: w.when },
      { type: 'heading', level: 2, text: w.keepHeading },
      { type: 'bullets', items: w.keep },
      { type: 'note', text: w.note },
    ],
  };
}

/** Writes the recovery sheet as a Word document where the user chooses; only while the code waits to be kept. */
export async function exportRecoverySheet(
  code: string | null,
  input: { lang?: DocumentLang },
  ctx: { saveDialog: SaveDialog; clock: Clock; dataDir: string; data: AppData | null },
): Promise<SaveExportResult> {
  if (code === null) throw notPendingError();
  const lang = input.lang ?? 'da';
  const created = ctx.clock.now();
  const { date, time } = utcToCopenhagen(created);
  const model: DocumentModel = {
    ...recoverySheetDocument({
      code,
      lang,
      created,
      author: ctx.data?.profile.name ?? '',
      dataFolder: ctx.dataDir,
      createdText:
        lang === 'da' ? `${formatLongDate(date, 'da')} kl. ${time}` : `${formatLongDate(date, 'en')} at ${time}`,
    }),
    ...(ctx.data ? { letterhead: letterheadFor(ctx.data, '') } : {}),
  };
  const bytes = await renderDocx(model, ctx.data ? houseTemplate(ctx.data) : null);
  const words = WORDS[lang];
  return saveExport(
    bytes,
    saveRequestFor(words.title, words.dialogTitle, { name: words.wordDocument, extensions: ['docx'] }),
    ctx.saveDialog,
  );
}
