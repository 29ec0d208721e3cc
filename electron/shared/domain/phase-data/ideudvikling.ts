/** 6 Idéudvikling og prioritering: open up first, then choose what to test. */

import type { PhaseDefinition } from '../types';

/** Phase 6, idea development and prioritisation. */
export const ideudviklingPhase: PhaseDefinition = {
  id: 'ideudvikling',
  number: '6',
  name: { da: 'Idéudvikling og prioritering', en: 'Idea development and prioritisation' },
  summary: {
    da: 'Åbn op, og skab mange idéer, før nogen af dem vurderes. Derefter prioriteres de idéer, der er værd at teste.',
    en: 'Open up and create many ideas before judging any of them. Then prioritise the ideas worth testing.',
  },
  goal: {
    da: 'Netværket har en prioriteret liste over idéer, der skal testes.',
    en: 'The network has a prioritised list of ideas to test.',
  },
  supplementary: null,
  checklist: [
    {
      id: 'ideudvikling-mange-ideer',
      text: {
        da: 'Planlæg en åben idéfase, hvor mængden kommer før kvaliteten.',
        en: 'Plan an open idea stage where quantity comes before quality.',
      },
    },
    {
      id: 'ideudvikling-bevaegelse',
      text: { da: 'Byg fysisk bevægelse ind i møderne.', en: 'Build physical movement into the meetings.' },
    },
    {
      id: 'ideudvikling-nye-omgivelser',
      text: {
        da: 'Overvej at holde idémødet et andet sted end normalt.',
        en: 'Consider holding the idea meeting somewhere other than usual.',
      },
    },
    {
      id: 'ideudvikling-byg-videre',
      text: {
        da: 'Brug en metode, hvor deltagerne bygger videre på hinandens idéer.',
        en: "Use a method where participants build on each other's ideas.",
      },
    },
    {
      id: 'ideudvikling-forskelle',
      text: {
        da: 'Giv plads til forskellene, og lad samtalen få tid, før I samler trådene.',
        en: 'Make room for differences and give the conversation time before you pull the threads together.',
      },
    },
    {
      id: 'ideudvikling-prioritering',
      text: {
        da: 'Prioritér idéerne efter en fremgangsmåde, som alle kender på forhånd.',
        en: 'Prioritise the ideas by a method everyone knows in advance.',
      },
    },
    {
      id: 'ideudvikling-testkandidater',
      text: { da: 'Vælg de idéer, der skal videre til test.', en: 'Choose the ideas that go on to testing.' },
    },
  ],
  tasks: {
    netvaerksleder: [
      {
        da: 'Facilitér kun, når det er nødvendigt, og lad idéerne flyde.',
        en: 'Facilitate only when needed and let the ideas flow.',
      },
      { da: 'Led prioriteringen, når idéfasen er slut.', en: 'Lead the prioritisation once the idea stage is over.' },
    ],
    codriver: [
      {
        da: 'Design idéværkstedet sammen med netværkslederen.',
        en: 'Design the idea workshop with the network leader.',
      },
      { da: 'Hold øje med, om alle stemmer bliver hørt.', en: 'Watch that every voice is heard.' },
      {
        da: 'Stil de spørgsmål, der gør prioriteringen bevidst og strategisk.',
        en: 'Ask the questions that make the prioritisation deliberate and strategic.',
      },
    ],
    referenceleder: [
      { da: 'Se på idéerne med strategiske briller.', en: 'Look at the ideas through a strategic lens.' },
      {
        da: 'Anerkend modet, og bak op om, at også dristige idéer prioriteres.',
        en: 'Recognise the courage, and back the prioritising of daring ideas too.',
      },
    ],
    personaleleder: [
      {
        da: 'Giv afdelingens deltagere tid til idéfasen.',
        en: "Give the department's participants time for the idea stage.",
      },
    ],
    deltager: [
      { da: 'Kom med mange idéer – også de skæve.', en: 'Offer many ideas, including the odd ones.' },
      { da: 'Byg videre på de andres idéer.', en: "Build on the others' ideas." },
    ],
  },
};
