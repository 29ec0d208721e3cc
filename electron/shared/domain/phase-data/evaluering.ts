/** 8 Evaluering og spredning: plan how solutions spread in the line organisation and how value is judged. */

import type { PhaseDefinition } from '../types';

/** Phase 8, evaluation and spreading. */
export const evalueringPhase: PhaseDefinition = {
  id: 'evaluering',
  number: '8',
  name: { da: 'Evaluering og spredning', en: 'Evaluation and spreading' },
  summary: {
    da: 'Planlæg sammen med referencelederen og sekretariatet, hvordan løsningerne spredes i basis, og hvordan værdien evalueres senere.',
    en: 'Plan with the reference leader and the secretariat how solutions spread in the line organisation and how their value is evaluated later.',
  },
  goal: {
    da: 'Der er en plan for spredning og evaluering, og den er drøftet med alle, den angår.',
    en: 'There is a plan for spreading and evaluation, discussed with everyone it concerns.',
  },
  supplementary: null,
  checklist: [
    {
      id: 'evaluering-planlaeg-spredning',
      text: {
        da: 'Planlæg spredningen med referencelederen og en konsulent fra sekretariatet.',
        en: 'Plan the spreading with the reference leader and a consultant from the secretariat.',
      },
    },
    {
      id: 'evaluering-evalueringsplan',
      text: {
        da: 'Beslut, hvordan og hvornår værdien skal evalueres.',
        en: 'Decide how and when the value will be evaluated.',
      },
    },
    {
      id: 'evaluering-modtagere',
      text: {
        da: 'Find ud af, hvor i basis løsningerne skal leve videre, og hvem der ejer dem.',
        en: 'Work out where in the line organisation the solutions will live on and who owns them.',
      },
    },
    {
      id: 'evaluering-tilpasning',
      text: {
        da: 'Aftal, hvordan løsningen tilpasses de steder, den skal bruges.',
        en: 'Agree how the solution is adapted to the places that will use it.',
      },
    },
    {
      id: 'evaluering-spredningsmoede',
      text: {
        da: 'Hold et møde om planen med alle relevante.',
        en: 'Hold a meeting about the plan with everyone relevant.',
      },
    },
    {
      id: 'evaluering-spredt-for-alvor',
      text: {
        da: 'Regn først en idé for spredt, når den er tilpasset, i brug og skaber værdi det nye sted.',
        en: 'Count an idea as spread only once it is adapted, in use and creating value in its new place.',
      },
    },
  ],
  tasks: {
    netvaerksleder: [
      {
        da: 'Planlæg spredning og evaluering med referencelederen og sekretariatet.',
        en: 'Plan spreading and evaluation with the reference leader and the secretariat.',
      },
      {
        da: 'Indkald alle relevante til et møde om planen.',
        en: 'Invite everyone relevant to a meeting about the plan.',
      },
    ],
    codriver: [
      {
        da: 'Forbered mødet om spredning sammen med netværkslederen.',
        en: 'Prepare the spreading meeting with the network leader.',
      },
      {
        da: 'Hjælp løsningerne videre i basis, hvis du selv arbejder på området.',
        en: 'Help solutions onward in the line organisation if you work in that field.',
      },
    ],
    referenceleder: [
      { da: 'Deltag i planlægningen af spredningen.', en: 'Take part in planning the spreading.' },
      { da: 'Tag medansvar for skalering.', en: 'Share responsibility for scaling.' },
      {
        da: 'Vis værdien for organisationen, politikerne og byen.',
        en: 'Show the value to the organisation, the politicians and the city.',
      },
    ],
    personaleleder: [
      {
        da: 'Hold øje med, hvad der kan komme tilbage til afdelingen.',
        en: 'Watch for what can come back to the department.',
      },
      {
        da: 'Sørg for, at deltagerne deler erfaringer med kollegerne.',
        en: 'Make sure participants share their experience with colleagues.',
      },
    ],
    deltager: [
      {
        da: 'Tag løsningerne med tilbage til din egen arbejdsplads.',
        en: 'Take the solutions back to your own workplace.',
      },
    ],
  },
};
