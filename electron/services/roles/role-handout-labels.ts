import type { DocumentLang } from '../export/document-model';

/** The fixed words of the role handout, in each document language. */
export interface RoleHandoutLabels {
  title: (roleName: string) => string;
  network: string;
  theme: string;
  currentPhase: string;
  purpose: string;
  responsibilities: string;
  phaseTasks: string;
  phaseTasksIntro: string;
  phaseColumns: [string, string];
  inferred: string;
  inferredNote: string;
  noTasks: string;
  holders: (networkName: string) => string;
  holderColumns: [string, string, string];
  vacant: string;
  participants: (count: number) => string;
  dialogTitle: string;
  wordDocument: string;
}

const LABELS: Record<DocumentLang, RoleHandoutLabels> = {
  da: {
    title: (role) => `Rollebeskrivelse: ${role}`,
    network: 'Netværk',
    theme: 'Tema',
    currentPhase: 'Netværket er nu i fasen',
    purpose: 'Formål med rollen',
    responsibilities: 'Ansvar',
    phaseTasks: 'Opgaver i netværkets faser',
    phaseTasksIntro: 'Sådan bidrager rollen fra introduktion til afrunding.',
    phaseColumns: ['Fase', 'Opgaver'],
    inferred: 'vores tilføjelse',
    inferredNote:
      'Faser markeret «vores tilføjelse» er ikke beskrevet i netværksmodellens offentlige kilder. De er vores eget forslag til, hvad der fylder mellem netværksdesign og idéudvikling.',
    noTasks: 'Ingen særlige opgaver i denne fase.',
    holders: (name) => `Hvem har rollerne i «${name}»`,
    holderColumns: ['Rolle', 'Navn og stilling', 'Kontakt'],
    vacant: 'Ikke besat endnu',
    participants: (count) =>
      count === 1 ? 'Netværket har 1 deltager ud over rollerne.' : `Netværket har ${count} deltagere ud over rollerne.`,
    dialogTitle: 'Gem rollebeskrivelsen',
    wordDocument: 'Word-dokument',
  },
  en: {
    title: (role) => `Role handout: ${role}`,
    network: 'Network',
    theme: 'Theme',
    currentPhase: 'Current phase',
    purpose: 'Purpose of the role',
    responsibilities: 'Responsibilities',
    phaseTasks: "Tasks in the network's phases",
    phaseTasksIntro: 'How the role contributes from introduction to rounding off.',
    phaseColumns: ['Phase', 'Tasks'],
    inferred: 'our addition',
    inferredNote:
      "Phases marked 'our addition' are not described in the network model's public sources. They are our own suggestion for what happens between network design and idea development.",
    noTasks: 'No particular tasks in this phase.',
    holders: (name) => `Who holds the roles in '${name}'`,
    holderColumns: ['Role', 'Name and title', 'Contact'],
    vacant: 'Not filled yet',
    participants: (count) =>
      count === 1
        ? 'The network has 1 participant besides the roles.'
        : `The network has ${count} participants besides the roles.`,
    dialogTitle: 'Save the role handout',
    wordDocument: 'Word document',
  },
};

/** The labels for a document language. */
export function roleHandoutLabels(lang: DocumentLang): RoleHandoutLabels {
  return LABELS[lang];
}
