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
    da: 'Referencelederen hjælper netværkslederen med at skabe værdi for kommunen, men overtager ikke styringen af netværket eller temaet. Rollen er bindeleddet til hierarkiet: den baner vej, skaber kontakter, sætter skub i arbejdet og sørger for, at det hænger sammen med andre indsatser. Temaerne går på tværs og hører ikke hjemme i én afdeling, så løsningerne har brug for en, der hjælper dem til at leve videre i basis, også når netværket er slut.',
    en: 'The reference leader helps the network leader create value for the municipality but does not take over steering the network or its theme. The role is the link to the hierarchy: it clears the way, makes contacts, gives the work momentum and makes sure it fits with other initiatives. The themes cut across departments and belong to none of them, so the solutions need someone who helps them live on in the line organisation after the network has ended.',
  },
  responsibilities: [
    {
      da: 'Læse organisationen og hjælpe med at forbinde temaet med den strategiske dagsorden – eller sætte en ny, når det er nødvendigt.',
      en: 'Read the organisation and help tie the theme to the strategic agenda, or set a new one where needed.',
    },
    {
      da: 'Sparre med netværkslederen om de strategiske valg og prioriteringer og se nye muligheder i temaet.',
      en: 'Spar with the network leader on the strategic choices and priorities and spot new openings in the theme.',
    },
    {
      da: 'Give netværket adgang til nye arenaer og stille egne platforme til rådighed.',
      en: 'Give the network access to new arenas and put their own platforms at its disposal.',
    },
    {
      da: 'Sikre, at netværket hænger sammen med andre indsatser i basis, og bane vej med kontakter og momentum.',
      en: 'Make sure the network fits with other initiatives in the line organisation, and clear the way with contacts and momentum.',
    },
    {
      da: 'Være sparringspartner i et samskabende ledelsesrum, der bakker netværkslederen op og anerkender modet.',
      en: "Be a thinking partner in a co-creating leadership space that backs the network leader and recognises the leader's courage.",
    },
    {
      da: 'Skaffe penge til testfasen og bære det overordnede ansvar, hvis der søges midler udefra.',
      en: 'Find money for the test phase and carry overall responsibility if outside funding is sought.',
    },
    {
      da: 'Være en aktiv medspiller: have forventninger til netværket, kende udfordringen fra sin egen hverdag, se sin egen aktie i, at den bliver løst, og selv gå ind i arbejdet, så der kommer fremdrift, og netværket lykkes.',
      en: 'Be an active player: have expectations of the network, know the challenge from their own daily work, see their own stake in solving it, and step into the work themselves so it moves forward and the network succeeds.',
    },
    {
      da: 'Sammen med netværkslederen skabe relevans og ejerskab hos centrale ledere på niveau 4–5.',
      en: 'With the network leader, make the theme matter to key managers at level 4–5 so they take ownership of it.',
    },
    {
      da: 'Se og anerkende den værdi, temaet skaber, og hjælpe netværkslederen med at forfølge den og gøre den synlig for organisationen, politikerne og byen.',
      en: 'See and recognise the value the theme creates, and help the network leader pursue it and make it visible to the organisation, the politicians and the city.',
    },
    {
      da: 'Dele ansvaret for, at idéerne testes løbende, for vejen fra forsøg til fast drift i basis og for, at løsningerne senere kan skaleres.',
      en: 'Share responsibility for ideas being tested as the work goes, for the road from trial to everyday operation, and for scaling the solutions later.',
    },
    {
      da: 'Vurdere, hvor relevant det er at inddrage politikerne, og sørge for, at samspillet med dem bliver det rette.',
      en: 'Judge how relevant it is to involve the politicians, and make sure the interplay with them is the right one.',
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
      phaseId: 'opstart',
      text: {
        da: 'Samtalen om roller og gensidige forventninger.',
        en: 'The talk about roles and mutual expectations.',
      },
    },
    {
      phaseId: 'konkretisering',
      text: {
        da: 'Finansiering og ledelsesmæssig opbakning til testen.',
        en: 'Funding and management backing for the test.',
      },
    },
    {
      phaseId: 'evaluering',
      text: {
        da: 'Planen for, hvordan løsningerne spredes i basis og senere skaleres.',
        en: 'The plan for spreading the solutions in the line organisation and scaling them later.',
      },
    },
    {
      phaseId: null,
      text: {
        da: 'Undervejs: når temaet skal kobles til den strategiske dagsorden, eller politikerne skal inddrages.',
        en: 'Along the way: when the theme must be tied to the strategic agenda or the politicians involved.',
      },
    },
  ],
  holderRequired: true,
};
