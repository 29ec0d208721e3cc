/** Network participants: many people, so no single holder. */

import type { RoleDefinition } from '../types';

/** The participants' role definition. */
export const deltagerRole: RoleDefinition = {
  id: 'deltager',
  name: { da: 'Netværksdeltager', en: 'Network participant' },
  shortDescription: {
    da: 'Medarbejdere, borgere, virksomheder og foreninger, der bidrager med perspektiver og erfaring.',
    en: 'Staff, citizens, businesses and associations who contribute perspectives and experience.',
  },
  purpose: {
    da: 'Deltagerne bringer de mange perspektiver, der gør det muligt at se et kendt problem med nye øjne. Kernedeltagere er med hele vejen, mens andre deltager i de faser, hvor de gør størst forskel. Ledere på niveau 4–5 skal føle ejerskab til temaet.',
    en: 'Participants bring the many perspectives that let a familiar problem be seen with fresh eyes. Core participants take part all the way, while others join the phases where they make the most difference. Managers at level 4–5 must feel ownership of the theme.',
  },
  responsibilities: [
    {
      da: 'Bidrage med viden, erfaring og eget perspektiv.',
      en: 'Contribute knowledge, experience and their own perspective.',
    },
    {
      da: 'Bygge videre på andres idéer og turde være uenig.',
      en: "Build on others' ideas and dare to disagree.",
    },
    { da: 'Være med til at afprøve idéer i praksis.', en: 'Help try out ideas in practice.' },
    {
      da: 'Dele erfaringerne med kolleger i egen afdeling.',
      en: 'Share the experience with colleagues in their own department.',
    },
    {
      da: 'Bruge det, netværket har skabt, i det daglige arbejde.',
      en: 'Use what the network has created in everyday work.',
    },
  ],
  competences: [
    {
      da: 'Praksisviden fra eget fagområde.',
      en: 'Practical knowledge from their own field.',
    },
    {
      da: 'Erfaringer som borger, virksomhed eller forening.',
      en: 'Experience as a citizen, business or association.',
    },
    {
      da: 'Nysgerrighed og lyst til at samarbejde på tværs.',
      en: 'Curiosity and a wish to work across boundaries.',
    },
  ],
  relations: [
    {
      with: 'netvaerksleder',
      gives: [{ da: 'Engagement, idéer og ærlige reaktioner.', en: 'Commitment, ideas and honest reactions.' }],
      gets: [
        {
          da: 'En personlig invitation og et trygt rum at arbejde i.',
          en: 'A personal invitation and a safe space to work in.',
        },
      ],
    },
    {
      with: 'codriver',
      gives: [
        {
          da: 'Reaktioner, der hjælper med at justere processen.',
          en: 'Reactions that help adjust the process.',
        },
      ],
      gets: [{ da: 'Velforberedte møder med plads til alle.', en: 'Well-prepared meetings with room for everyone.' }],
    },
    {
      with: 'referenceleder',
      gives: [{ da: 'Løsninger, der er afprøvet i praksis.', en: 'Solutions that have been tried in practice.' }],
      gets: [{ da: 'Opbakning til at afprøve idéerne.', en: 'Backing to try out the ideas.' }],
    },
    {
      with: 'personaleleder',
      gives: [
        {
          da: 'Nye erfaringer og idéer med hjem til afdelingen.',
          en: 'New experience and ideas brought home to the department.',
        },
      ],
      gets: [{ da: 'Tid til at deltage.', en: 'Time to take part.' }],
    },
  ],
  keyMoments: [
    {
      phaseId: 'netvaerksdesign',
      text: {
        da: 'Den personlige invitation og samtalen om motivation.',
        en: 'The personal invitation and the talk about motivation.',
      },
    },
    {
      phaseId: 'ideudvikling',
      text: {
        da: 'Mange idéer først, så en fælles prioritering.',
        en: 'Many ideas first, then a shared prioritisation.',
      },
    },
    {
      phaseId: 'konkretisering',
      text: { da: 'Idéerne afprøves i praksis.', en: 'The ideas are tried out in practice.' },
    },
    {
      phaseId: 'afrunding',
      text: {
        da: 'Hvordan bruger jeg erfaringerne i min hverdag?',
        en: 'How will I use the experience in my daily work?',
      },
    },
  ],
  holderRequired: false,
};
