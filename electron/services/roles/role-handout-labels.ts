import type { DocumentLang } from '../../shared/documents/document-model';

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
  supplementaryNote: string;
  relations: string;
  relationsIntro: string;
  relationColumns: [string, string, string];
  competences: string;
  competencesKnown: string;
  keyMoments: string;
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
    supplementaryNote: 'En supplerende fase er ikke en del af modellens egen beskrivelse. Den er lagt ind, fordi:',
    relations: 'Samspil med de andre roller',
    relationsIntro: 'Hvad rollen giver de andre roller, og hvad den får fra dem.',
    relationColumns: ['Med', 'Giver', 'Får'],
    competences: 'Kompetencer, rollen trækker på',
    competencesKnown:
      'Netværkslederens rolle beskrives med ti kompetencer. Her står de syv, hvis ordlyd er kendt; de sidste tre er ikke offentliggjort.',
    keyMoments: 'Vigtige tidspunkter',
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
    supplementaryNote: "A supplementary phase is not part of the model's own description. It is added because:",
    relations: 'Working with the other roles',
    relationsIntro: 'What the role gives the other roles, and what it gets from them.',
    relationColumns: ['With', 'Gives', 'Gets'],
    competences: 'Competences the role draws on',
    competencesKnown:
      "The network leader's role is described with ten competences. The seven whose wording is known are listed here; the last three have not been published.",
    keyMoments: 'Key moments',
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
