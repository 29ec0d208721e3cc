/** The reference leader: the network's strategic partner and link to the hierarchy. */

import type { RoleDefinition } from '../types';

/** The reference leader's role definition. */
export const referencelederRole: RoleDefinition = {
  id: 'referenceleder',
  name: { da: 'Referenceleder', en: 'Reference leader' },
  shortDescription: {
    da: 'Strategisk medspiller, der forbinder netværket med ledelseshierarkiet.',
    en: 'Strategic partner who connects the network with the management hierarchy.',
  },
  purpose: {
    da: 'Referencelederen støtter netværkslederen i at skabe værdi, men styrer ikke selv netværket. Rollen er bindeleddet til hierarkiet: den forbinder temaet med den strategiske dagsorden, åbner døre og deler ansvaret for, at løsningerne ender i basis. Temaerne hører ikke hjemme i én afdeling, så løsningerne har brug for en bevidst vej tilbage til basis.',
    en: 'The reference leader supports the network leader in creating value but does not steer the network. The role is the link to the hierarchy: it ties the theme to the strategic agenda, opens doors and shares responsibility for solutions ending up in the line organisation. Because no single department owns the themes, solutions must be guided back into the line organisation on purpose.',
  },
  responsibilities: [
    {
      da: 'Forbinde temaet med den strategiske dagsorden – eller sætte en ny, når det er nødvendigt.',
      en: 'Tie the theme to the strategic agenda, or set a new one where needed.',
    },
    {
      da: 'Åbne nye arenaer og stille egne platforme til rådighed for netværket.',
      en: "Open new arenas and put their own platforms at the network's disposal.",
    },
    {
      da: 'Sikre, at netværket hænger sammen med andre indsatser i basis.',
      en: 'Make sure the network fits with other initiatives in the line organisation.',
    },
    {
      da: 'Finde penge til testfasen og have ansvaret, hvis der søges eksterne midler.',
      en: 'Find money for the test phase and own any external fundraising.',
    },
    {
      da: 'Sammen med netværkslederen skabe relevans og ejerskab hos centrale ledere på niveau 4–5.',
      en: 'With the network leader, make the theme matter to key managers at level 4–5 so they take ownership of it.',
    },
    {
      da: 'Gøre den skabte værdi synlig for organisationen, politikerne og byen.',
      en: 'Make the value created visible to the organisation, the politicians and the city.',
    },
    {
      da: 'Dele ansvaret for test, for vejen fra forsøg til drift og for senere skalering.',
      en: 'Share responsibility for testing, the road from trial to everyday operation, and later scaling.',
    },
    {
      da: 'Vurdere, om og hvordan politikerne skal inddrages.',
      en: 'Judge whether and how to involve the politicians.',
    },
  ],
  competences: [
    {
      da: 'Overblik over organisationen og den strategiske dagsorden.',
      en: 'An overview of the organisation and the strategic agenda.',
    },
    {
      da: 'Kontakter og platforme, der kan åbne døre.',
      en: 'Contacts and platforms that can open doors.',
    },
    { da: 'Politisk tæft.', en: 'Political judgement.' },
    {
      da: 'Mandat til at prioritere ressourcer, også til test.',
      en: 'A mandate to prioritise resources, including for testing.',
    },
    {
      da: 'En egen interesse i, at udfordringen bliver løst.',
      en: 'A personal stake in the challenge being solved.',
    },
  ],
  relations: [
    {
      with: 'netvaerksleder',
      gives: [
        {
          da: 'Sparring i et samskabende ledelsesrum.',
          en: 'Sparring in a co-creating leadership space.',
        },
        {
          da: 'Anerkendelse af modet til at gå nye veje.',
          en: 'Recognition of the courage to try new paths.',
        },
        {
          da: 'Adgang til arenaer, ledere og finansiering.',
          en: 'Access to arenas, managers and funding.',
        },
      ],
      gets: [
        {
          da: 'Løbende indblik i netværkets arbejde og resultater.',
          en: "Ongoing insight into the network's work and results.",
        },
        {
          da: 'Løsninger på en udfordring, referencelederen selv har en aktie i.',
          en: 'Solutions to a challenge the reference leader has a stake in.',
        },
      ],
    },
    {
      with: 'codriver',
      gives: [
        {
          da: 'Et indblik i, hvordan strategiske forbindelser bliver skabt.',
          en: 'A glimpse of how strategic connections are made.',
        },
      ],
      gets: [
        {
          da: 'Et ekstra blik på, hvordan løsningerne kan leve videre i basis.',
          en: 'An extra view of how solutions can live on in the line organisation.',
        },
      ],
    },
    {
      with: 'personaleleder',
      gives: [
        {
          da: 'En fælles forståelse af, hvorfor netværket er vigtigt strategisk.',
          en: 'A shared understanding of why the network matters strategically.',
        },
      ],
      gets: [
        {
          da: 'Et billede af, hvad netværksarbejdet betyder for driften i afdelingen.',
          en: 'A picture of what network work means for daily operations in the department.',
        },
      ],
    },
    {
      with: 'deltager',
      gives: [
        {
          da: 'Synlig opbakning til, at deres idéer bliver afprøvet og taget alvorligt.',
          en: 'Visible backing for their ideas to be tried and taken seriously.',
        },
      ],
      gets: [
        {
          da: 'Viden om, hvad der virker i praksis.',
          en: 'Knowledge of what works in practice.',
        },
      ],
    },
  ],
  keyMoments: [
    {
      da: 'Opstart: samtalen om roller og gensidige forventninger.',
      en: 'Start-up: the talk about roles and mutual expectations.',
    },
    {
      da: 'Konkretisering og test: finansiering og ledelsesmæssig opbakning.',
      en: 'Concretisation and test: funding and management backing.',
    },
    {
      da: 'Evaluering og spredning: planen for, hvordan løsningerne spredes i basis.',
      en: 'Evaluation and spreading: the plan for spreading solutions in the line organisation.',
    },
  ],
  holderRequired: true,
};
