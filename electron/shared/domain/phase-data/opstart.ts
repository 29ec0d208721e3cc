/** 1 Opstart af netværk: the mandate, the co-driver and the plan. */

import type { PhaseDefinition } from '../types';

/** Phase 1, start-up. */
export const opstartPhase: PhaseDefinition = {
  id: 'opstart',
  number: '1',
  name: { da: 'Opstart af netværk', en: 'Network start-up' },
  summary: {
    da: 'Mandatet kommer på plads gennem aftaler med personaleleder, referenceleder og co-driver, og forløbet planlægges ud fra forløbsbeskrivelsen.',
    en: 'The mandate is settled through agreements with the line manager, the reference leader and the co-driver, and the course is planned from the course description.',
  },
  goal: {
    da: 'Netværkslederen har et klart mandat, en co-driver og en plan for forløbet.',
    en: 'The network leader has a clear mandate, a co-driver and a plan for the course.',
  },
  supplementary: null,
  checklist: [
    {
      id: 'opstart-pjece-personaleleder',
      text: {
        da: 'Giv personalelederen pjecen om personalelederrollen.',
        en: 'Give the line manager the leaflet about their role.',
      },
    },
    {
      id: 'opstart-pjece-referenceleder',
      text: {
        da: 'Giv referencelederen pjecen om referencelederrollen.',
        en: 'Give the reference leader the leaflet about their role.',
      },
    },
    {
      id: 'opstart-find-co-driver',
      text: {
        da: 'Find en co-driver, og giv vedkommende co-driverpjecen før jeres første samtale.',
        en: 'Find a co-driver and hand over the co-driver leaflet before your first talk.',
      },
    },
    {
      id: 'opstart-aftale-personaleleder',
      text: {
        da: 'Indgå en samarbejdsaftale med personalelederen.',
        en: 'Make a collaboration agreement with the line manager.',
      },
    },
    {
      id: 'opstart-aftale-referenceleder',
      text: {
        da: 'Indgå en samarbejdsaftale med referencelederen.',
        en: 'Make a collaboration agreement with the reference leader.',
      },
    },
    {
      id: 'opstart-aftale-co-driver',
      text: {
        da: 'Indgå en samarbejdsaftale med co-driveren.',
        en: 'Make a collaboration agreement with the co-driver.',
      },
    },
    {
      id: 'opstart-plan',
      text: {
        da: 'Læg en plan for forløbet med forløbsbeskrivelsen som udgangspunkt.',
        en: 'Plan the course using the course description as the starting point.',
      },
    },
  ],
  tasks: {
    netvaerksleder: [
      {
        da: 'Giv pjecerne til personaleleder og referenceleder.',
        en: 'Hand the leaflets to the line manager and the reference leader.',
      },
      { da: 'Find en co-driver.', en: 'Find a co-driver.' },
      { da: 'Hold de tre samtaler om samarbejdsaftaler.', en: 'Hold the three talks about collaboration agreements.' },
      { da: 'Planlæg forløbet ud fra forløbsbeskrivelsen.', en: 'Plan the course from the course description.' },
    ],
    codriver: [
      {
        da: 'Læs co-driverpjecen, og gør klart, hvilke kompetencer du bringer med.',
        en: 'Read the co-driver leaflet and be clear about the skills you bring.',
      },
      {
        da: 'Drøft forventningerne til dit udviklingsforløb og målet om netværkslederuddannelsen.',
        en: 'Discuss what is expected of your development path and the aim of the network-leader course.',
      },
      {
        da: 'Aftal tid og mandat til rollen med din egen leder.',
        en: 'Agree time and mandate for the role with your own manager.',
      },
      {
        da: 'Træd ind i netværkslederens ledelsesrum – du følger netværket helt til afrundingen.',
        en: "Step into the network leader's leadership space: you follow the network right up to the rounding off.",
      },
    ],
    referenceleder: [
      { da: 'Læs pjecen om referencelederrollen.', en: 'Read the leaflet about the reference leader role.' },
      {
        da: 'Afstem roller og forventninger med netværkslederen.',
        en: 'Align roles and expectations with the network leader.',
      },
      { da: 'Forbind temaet med den strategiske dagsorden.', en: 'Tie the theme to the strategic agenda.' },
    ],
    personaleleder: [
      { da: 'Læs pjecen om personalelederrollen.', en: 'Read the leaflet about the line manager role.' },
      {
        da: 'Aftal balancen mellem tid i basis og tid i netværket.',
        en: 'Agree the balance between time in daily work and time in the network.',
      },
      {
        da: 'Aftal, hvornår netværkslederen arbejder fra sekretariatet.',
        en: 'Agree when the network leader works from the secretariat.',
      },
    ],
    deltager: [
      {
        da: 'Giv besked, hvis du har lyst til at være med i netværket.',
        en: 'Let the network leader know if you would like to join the network.',
      },
    ],
  },
};
