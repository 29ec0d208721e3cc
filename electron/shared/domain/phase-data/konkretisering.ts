/** 7 Konkretisering og test: test small, learn, and build ownership for the handover. */

import type { PhaseDefinition } from '../types';

/** Phase 7, concretisation and test. */
export const konkretiseringPhase: PhaseDefinition = {
  id: 'konkretisering',
  number: '7',
  name: { da: 'Konkretisering og test', en: 'Concretisation and test' },
  summary: {
    da: 'Afprøv idéerne i lille skala, før noget implementeres. Testen skal give læring og skabe ejerskab hos dem, der skal overtage løsningen.',
    en: 'Try the ideas on a small scale before implementing anything. The point of testing is to learn, and it gives those who will take over the solution a sense of ownership.',
  },
  goal: {
    da: 'De prioriterede idéer er testet og analyseret, og næste skridt er besluttet.',
    en: 'The prioritised ideas have been tested and analysed, and the next step is decided.',
  },
  supplementary: null,
  checklist: [
    {
      id: 'konkretisering-ledelsesopbakning',
      text: {
        da: 'Sikr ledelsens opbakning, før testen går i gang.',
        en: 'Secure management backing before the test starts.',
      },
    },
    {
      id: 'konkretisering-finansiering',
      text: {
        da: 'Afklar finansieringen af testen med referencelederen.',
        en: 'Settle the funding of the test with the reference leader.',
      },
    },
    {
      id: 'konkretisering-testplan',
      text: {
        da: 'Beskriv, hvad der testes, hvor, hvor længe, og hvad I vil lære.',
        en: 'Describe what is tested, where, for how long and what you want to learn.',
      },
    },
    {
      id: 'konkretisering-gennemfoer',
      text: { da: 'Gennemfør testen i lille skala.', en: 'Run the test on a small scale.' },
    },
    {
      id: 'konkretisering-analyse',
      text: { da: 'Analysér, hvad testen viste.', en: 'Analyse what the test showed.' },
    },
    {
      id: 'konkretisering-naeste-skridt',
      text: {
        da: 'Beslut næste skridt: justér, test igen, spred eller stop.',
        en: 'Decide the next step: adjust, test again, spread or stop.',
      },
    },
    {
      id: 'konkretisering-modtagere',
      text: {
        da: 'Inddrag dem i basis, der skal overtage løsningen, allerede i testen.',
        en: 'Involve the people in the line organisation who will take over the solution already during the test.',
      },
    },
  ],
  tasks: {
    netvaerksleder: [
      { da: 'Sikr ledelsesmæssig opbakning til testen.', en: 'Secure management backing for the test.' },
      { da: 'Hold fokus på læring frem for perfektion.', en: 'Keep the focus on learning rather than perfection.' },
      { da: 'Led analysen og beslutningen om næste skridt.', en: 'Lead the analysis and the decision on next steps.' },
    ],
    codriver: [
      { da: 'Hjælp med at planlægge testen.', en: 'Help plan the test.' },
      {
        da: 'Bak op om modige valg, og hold øje med, at testen skrider effektivt frem.',
        en: 'Back bold choices, and keep an eye on the test moving forward effectively.',
      },
      { da: 'Saml erfaringerne op undervejs.', en: 'Collect the lessons along the way.' },
    ],
    referenceleder: [
      { da: 'Skaf finansiering til testfasen.', en: 'Secure funding for the test phase.' },
      {
        da: 'Tag medansvar for overgangen fra forsøg til drift.',
        en: 'Share responsibility for the move from trial to everyday operation.',
      },
    ],
    personaleleder: [
      { da: 'Giv plads til test i afdelingens drift.', en: "Make room for testing in the department's operations." },
    ],
    deltager: [
      { da: 'Afprøv idéerne i praksis.', en: 'Try out the ideas in practice.' },
      {
        da: 'Sig ærligt, hvad der virkede, og hvad der ikke gjorde.',
        en: 'Say honestly what worked and what did not.',
      },
    ],
  },
};
