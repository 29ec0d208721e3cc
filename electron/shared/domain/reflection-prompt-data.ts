/** The guiding questions themselves: per theme two for before, two for after and one for any time. */

import type { ReflectionPrompt } from './types';

/** All reflection prompts, grouped by theme. */
export const reflectionPrompts: ReflectionPrompt[] = [
  {
    id: 'mod-foer-1',
    kind: 'foer',
    themeId: 'mod',
    text: {
      da: 'Hvor i mødet kan det blive nødvendigt at tage en chance?',
      en: 'Where in the meeting might we need to take a chance?',
    },
  },
  {
    id: 'mod-foer-2',
    kind: 'foer',
    themeId: 'mod',
    text: {
      da: 'Hvad ville vi gøre, hvis vi ikke var bange for at fejle?',
      en: 'What would we do if we were not afraid to fail?',
    },
  },
  {
    id: 'mod-efter-1',
    kind: 'efter',
    themeId: 'mod',
    text: {
      da: 'Hvornår viste netværkslederen eller jeg mod i dag?',
      en: 'When did the network leader or I show courage today?',
    },
  },
  {
    id: 'mod-efter-2',
    kind: 'efter',
    themeId: 'mod',
    text: { da: 'Hvor holdt vi igen, og hvad fik os til det?', en: 'Where did we hold back, and what made us do so?' },
  },
  {
    id: 'mod-begge-1',
    kind: 'begge',
    themeId: 'mod',
    text: { da: 'Hvad har jeg brug for for at turde lidt mere?', en: 'What do I need in order to dare a little more?' },
  },

  {
    id: 'fremdrift-foer-1',
    kind: 'foer',
    themeId: 'fremdrift',
    text: {
      da: 'Hvad skal være anderledes efter mødet, end det er nu?',
      en: 'What should be different after the meeting compared with now?',
    },
  },
  {
    id: 'fremdrift-foer-2',
    kind: 'foer',
    themeId: 'fremdrift',
    text: { da: 'Hvilke beslutninger skal mødet nå frem til?', en: 'Which decisions must the meeting reach?' },
  },
  {
    id: 'fremdrift-efter-1',
    kind: 'efter',
    themeId: 'fremdrift',
    text: { da: 'Hvad flyttede sig i dag, og hvad stod stille?', en: 'What moved today, and what stood still?' },
  },
  {
    id: 'fremdrift-efter-2',
    kind: 'efter',
    themeId: 'fremdrift',
    text: { da: 'Hvilket næste skridt er det vigtigste nu?', en: 'Which next step matters most now?' },
  },
  {
    id: 'fremdrift-begge-1',
    kind: 'begge',
    themeId: 'fremdrift',
    text: { da: 'Hvad står i vejen for fremdriften lige nu?', en: 'What is blocking progress right now?' },
  },

  {
    id: 'risikovillighed-foer-1',
    kind: 'foer',
    themeId: 'risikovillighed',
    text: {
      da: 'Hvilken idé eller metode vil vi prøve, selv om vi ikke kender udfaldet?',
      en: 'Which idea or method will we try even though we do not know the outcome?',
    },
  },
  {
    id: 'risikovillighed-foer-2',
    kind: 'foer',
    themeId: 'risikovillighed',
    text: {
      da: 'Hvad er det værste, der realistisk kan ske – og kan vi leve med det?',
      en: 'What is the worst that could realistically happen – and can we live with it?',
    },
  },
  {
    id: 'risikovillighed-efter-1',
    kind: 'efter',
    themeId: 'risikovillighed',
    text: {
      da: 'Hvilke chancer tog vi, og hvad lærte vi af dem?',
      en: 'Which chances did we take, and what did we learn from them?',
    },
  },
  {
    id: 'risikovillighed-efter-2',
    kind: 'efter',
    themeId: 'risikovillighed',
    text: { da: 'Spillede vi for sikkert nogen steder?', en: 'Did we play it too safe anywhere?' },
  },
  {
    id: 'risikovillighed-begge-1',
    kind: 'begge',
    themeId: 'risikovillighed',
    text: {
      da: 'Hvor går grænsen for, hvad vi vil eksperimentere med?',
      en: 'Where is the limit to what we are willing to experiment with?',
    },
  },

  {
    id: 'laeringsrum-foer-1',
    kind: 'foer',
    themeId: 'laerings-og-refleksionsrum',
    text: {
      da: 'Hvad vil jeg gerne blive klogere på ved dette møde?',
      en: 'What do I want to understand better at this meeting?',
    },
  },
  {
    id: 'laeringsrum-foer-2',
    kind: 'foer',
    themeId: 'laerings-og-refleksionsrum',
    text: {
      da: 'Hvilke spørgsmål vil jeg stille netværkslederen bagefter?',
      en: 'Which questions will I ask the network leader afterwards?',
    },
  },
  {
    id: 'laeringsrum-efter-1',
    kind: 'efter',
    themeId: 'laerings-og-refleksionsrum',
    text: { da: 'Hvad overraskede mig i dag?', en: 'What surprised me today?' },
  },
  {
    id: 'laeringsrum-efter-2',
    kind: 'efter',
    themeId: 'laerings-og-refleksionsrum',
    text: {
      da: 'Hvad ville jeg gøre anderledes, hvis mødet skulle holdes igen?',
      en: 'What would I do differently if the meeting were held again?',
    },
  },
  {
    id: 'laeringsrum-begge-1',
    kind: 'begge',
    themeId: 'laerings-og-refleksionsrum',
    text: {
      da: 'Hvornår gav vi os sidst tid til at reflektere sammen?',
      en: 'When did we last take time to reflect together?',
    },
  },

  {
    id: 'sparring-foer-1',
    kind: 'foer',
    themeId: 'sparring',
    text: {
      da: 'Hvad har netværkslederen brug for fra mig ved dette møde?',
      en: 'What does the network leader need from me at this meeting?',
    },
  },
  {
    id: 'sparring-foer-2',
    kind: 'foer',
    themeId: 'sparring',
    text: {
      da: 'Hvilke valg i mødedesignet vil jeg udfordre?',
      en: 'Which choices in the meeting design do I want to challenge?',
    },
  },
  {
    id: 'sparring-efter-1',
    kind: 'efter',
    themeId: 'sparring',
    text: {
      da: 'Hvilken feedback vil jeg give netværkslederen efter mødet?',
      en: 'What feedback will I give the network leader after the meeting?',
    },
  },
  {
    id: 'sparring-efter-2',
    kind: 'efter',
    themeId: 'sparring',
    text: { da: 'Fik vi talt om det vigtigste i opsamlingen?', en: 'Did we cover what mattered most in the wrap-up?' },
  },
  {
    id: 'sparring-begge-1',
    kind: 'begge',
    themeId: 'sparring',
    text: {
      da: 'Er der noget, jeg har holdt for mig selv, som jeg burde sige?',
      en: 'Is there something I have kept to myself that I ought to say?',
    },
  },

  {
    id: 'sidemandslaering-foer-1',
    kind: 'foer',
    themeId: 'sidemandslaering',
    text: {
      da: 'Hvilket ledelsesgreb vil jeg holde særligt øje med i dag?',
      en: 'Which leadership move will I watch especially closely today?',
    },
  },
  {
    id: 'sidemandslaering-foer-2',
    kind: 'foer',
    themeId: 'sidemandslaering',
    text: {
      da: 'Hvad ville jeg selv gøre, hvis jeg stod for mødet?',
      en: 'What would I do myself if I were running the meeting?',
    },
  },
  {
    id: 'sidemandslaering-efter-1',
    kind: 'efter',
    themeId: 'sidemandslaering',
    text: {
      da: 'Hvad så jeg netværkslederen gøre, som jeg vil tage med mig?',
      en: 'What did I see the network leader do that I want to take with me?',
    },
  },
  {
    id: 'sidemandslaering-efter-2',
    kind: 'efter',
    themeId: 'sidemandslaering',
    text: {
      da: 'Hvilken situation ville jeg have håndteret anderledes, og hvorfor?',
      en: 'Which situation would I have handled differently, and why?',
    },
  },
  {
    id: 'sidemandslaering-begge-1',
    kind: 'begge',
    themeId: 'sidemandslaering',
    text: {
      da: 'Hvad mangler jeg endnu for selv at kunne lede et netværk?',
      en: 'What do I still lack to lead a network myself?',
    },
  },

  {
    id: 'forankring-foer-1',
    kind: 'foer',
    themeId: 'forankring',
    text: {
      da: 'Hvem i basis skal kunne mærke det, vi arbejder med i dag?',
      en: 'Who in the line organisation should notice what we work on today?',
    },
  },
  {
    id: 'forankring-foer-2',
    kind: 'foer',
    themeId: 'forankring',
    text: {
      da: 'Hvordan kan mødet styrke ejerskabet hos dem, der skal overtage løsningerne?',
      en: 'How can the meeting strengthen ownership among those who will take over the solutions?',
    },
  },
  {
    id: 'forankring-efter-1',
    kind: 'efter',
    themeId: 'forankring',
    text: {
      da: 'Hvad fra dagens møde kan leve videre i basis?',
      en: "What from today's meeting can live on in the line organisation?",
    },
  },
  {
    id: 'forankring-efter-2',
    kind: 'efter',
    themeId: 'forankring',
    text: {
      da: 'Hvem skal vi tale med, for at løsningerne bliver forankret?',
      en: 'Who do we need to talk to for the solutions to take root?',
    },
  },
  {
    id: 'forankring-begge-1',
    kind: 'begge',
    themeId: 'forankring',
    text: {
      da: 'Hvad skal der til, for at løsningen lever videre, når netværket er slut?',
      en: 'What will it take for the solution to live on once the network has ended?',
    },
  },
];
