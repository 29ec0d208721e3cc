/** Afrunding: the closing meeting and carrying the way of working onward. */

import type { PhaseDefinition } from '../types';

/** The rounding off after phase 8. */
export const afrundingPhase: PhaseDefinition = {
  id: 'afrunding',
  number: null,
  name: { da: 'Afrunding', en: 'Rounding off' },
  summary: {
    da: 'Et afsluttende møde gør status over implementering, planer og skabt værdi – og ser tilbage på arbejdsformen.',
    en: 'A closing meeting takes stock of implementation, plans and value created – and looks back on the way of working.',
  },
  goal: {
    da: 'Netværket er afsluttet, og deltagerne ved, hvordan de bruger erfaringerne fremover.',
    en: 'The network is closed, and participants know how they will use the experience from now on.',
  },
  supplementary: null,
  checklist: [
    {
      id: 'afrunding-status',
      text: {
        da: 'Gør status over, hvor langt implementeringen er nået.',
        en: 'Take stock of how far implementation has come.',
      },
    },
    {
      id: 'afrunding-planer',
      text: {
        da: 'Gennemgå planerne for evaluering og spredning.',
        en: 'Go through the plans for evaluation and spreading.',
      },
    },
    {
      id: 'afrunding-vaerdi',
      text: { da: 'Beskriv den værdi, netværket har skabt.', en: 'Describe the value the network has created.' },
    },
    {
      id: 'afrunding-arbejdsform',
      text: {
        da: 'Evaluér arbejdsformen sammen med deltagerne.',
        en: 'Evaluate the way of working together with the participants.',
      },
    },
    {
      id: 'afrunding-hverdag',
      text: {
        da: 'Drøft, hvordan deltagerne vil bruge arbejdsformen i deres hverdag.',
        en: 'Discuss how participants will use the way of working in their daily work.',
      },
    },
    {
      id: 'afrunding-tak',
      text: {
        da: 'Sig tak, og markér, at netværket er slut.',
        en: 'Say thank you and mark that the network has ended.',
      },
    },
  ],
  tasks: {
    netvaerksleder: [
      { da: 'Hold afslutningsmødet.', en: 'Hold the closing meeting.' },
      {
        da: 'Tag den samskabende arbejdsform med hjem til din afdeling.',
        en: 'Take the co-creating way of working home to your department.',
      },
    ],
    codriver: [
      { da: 'Hjælp med at forberede afslutningsmødet.', en: 'Help prepare the closing meeting.' },
      {
        da: 'Gør status over din egen læring som kommende netværksleder.',
        en: 'Take stock of your own learning as a future network leader.',
      },
      {
        da: 'Aftal næste skridt mod netværkslederuddannelsen.',
        en: 'Agree the next step towards the network-leader course.',
      },
    ],
    referenceleder: [
      {
        da: 'Anerkend netværkets arbejde og den værdi, det har skabt.',
        en: "Recognise the network's work and the value it has created.",
      },
    ],
    personaleleder: [
      {
        da: 'Tal med netværkslederen om, hvordan erfaringerne bruges i afdelingen.',
        en: 'Talk with the network leader about how the experience will be used in the department.',
      },
    ],
    deltager: [
      { da: 'Giv feedback på arbejdsformen.', en: 'Give feedback on the way of working.' },
      {
        da: 'Overvej, hvordan du bruger erfaringerne i din hverdag.',
        en: 'Consider how you will use the experience in your daily work.',
      },
    ],
  },
};
