import { AGREEMENT_REVIEW_TERM } from '../../shared/domain/agreement-topics';
import type { DocumentLang } from '../../shared/documents/document-model';

/** The fixed words of the agreement document, in each document language. */
export interface AgreementDocumentLabels {
  network: string;
  period: string;
  version: string;
  agreedOn: string;
  reviewBy: string;
  draftOf: (number: number) => string;
  versionLine: (number: number) => string;
  draftNote: string;
  purpose: string;
  purposeText: (leaderRole: string, counterpartRole: string, network: string) => string;
  agreed: string;
  review: string;
  reviewText: (date: string) => string;
  signatures: string;
  signaturesText: string;
  preparation: string;
  preparationNote: string;
  counterpartPreparation: (role: string) => string;
  dialogTitle: string;
  wordDocument: string;
  openEnded: string;
}

const LABELS: Record<DocumentLang, AgreementDocumentLabels> = {
  da: {
    network: 'Netværk',
    period: 'Periode',
    version: 'Version',
    agreedOn: 'Aftalt den',
    reviewBy: AGREEMENT_REVIEW_TERM.da,
    draftOf: (n) => `Udkast til version ${n}`,
    versionLine: (n) => `Version ${n}`,
    draftNote: 'Udkast – aftalen er endnu ikke godkendt og skal ikke underskrives i denne form.',
    purpose: 'Formål med aftalen',
    purposeText: (leader, counterpart, network) =>
      `Aftalen beskriver, hvordan ${leader.toLowerCase()}en og ${counterpart.toLowerCase()}en arbejder sammen om netværket «${network}», og hvad de kan forvente af hinanden. Den er et arbejdsredskab, som parterne vender tilbage til undervejs.`,
    agreed: 'Det aftaler vi',
    review: 'Revision af aftalen',
    reviewText: (date) =>
      `Parterne reviderer aftalen sammen senest ${date}. Ændringer skrives ind i en ny version, så de tidligere versioner bevares.`,
    signatures: 'Underskrifter',
    signaturesText: 'Med vores underskrifter bekræfter vi aftalen, som den står ovenfor.',
    preparation: 'Bilag: Netværkslederens forberedelse',
    preparationNote:
      'Personlige noter fra forberedelsen af samtalen. De er ikke en del af det, parterne skriver under på.',
    counterpartPreparation: (role) => `Bilag: ${role}ens forberedelse`,
    dialogTitle: 'Gem samarbejdsaftalen',
    wordDocument: 'Word-dokument',
    openEnded: 'ikke fastsat',
  },
  en: {
    network: 'Network',
    period: 'Period',
    version: 'Version',
    agreedOn: 'Agreed on',
    reviewBy: AGREEMENT_REVIEW_TERM.en,
    draftOf: (n) => `Draft of version ${n}`,
    versionLine: (n) => `Version ${n}`,
    draftNote: 'Draft – the agreement is not yet approved and should not be signed in this form.',
    purpose: 'Purpose of the agreement',
    purposeText: (leader, counterpart, network) =>
      `The agreement describes how the ${leader.toLowerCase()} and the ${counterpart.toLowerCase()} work together on the network “${network}”, and what each can expect of the other. It is a working tool the parties return to along the way.`,
    agreed: 'What we agree',
    review: 'Reviewing the agreement',
    reviewText: (date) =>
      `The parties review the agreement together by ${date} at the latest. Changes are written into a new version, so earlier versions are kept.`,
    signatures: 'Signatures',
    signaturesText: 'By signing, we confirm the agreement as written above.',
    preparation: "Appendix: the network leader's preparation",
    preparationNote: 'Personal notes from preparing the conversation. They are not part of what the parties sign.',
    counterpartPreparation: (role) => `Appendix: the ${role.toLowerCase()}'s preparation`,
    dialogTitle: 'Save the collaboration agreement',
    wordDocument: 'Word document',
    openEnded: 'not set',
  },
};

/** The agreement document's labels for a language. */
export function agreementDocumentLabels(lang: DocumentLang): AgreementDocumentLabels {
  return LABELS[lang];
}
