/**
 * The agreement with the reference leader. The sources name only roles and mutual expectations;
 * the other named topics follow the reference leader's responsibilities.
 */

import type { AgreementDefinition } from '../types';
import { reviewTopic } from './review-topic';

/** Agreement definition for the reference leader. */
export const referencelederAgreement: AgreementDefinition = {
  counterpart: 'referenceleder',
  title: { da: 'Samarbejdsaftale med referencelederen', en: 'Collaboration agreement with the reference leader' },
  intro: {
    da: 'Aftalen er begyndelsen på en løbende dialog om roller og forventninger. Referencelederen er netværkets forbindelse til ledelseshierarkiet og skal hjælpe netværket med at skabe værdi – ikke styre det.',
    en: "The agreement opens a conversation about roles and expectations that continues throughout. The reference leader is the network's connection to the management hierarchy and should help the network create value – not steer it.",
  },
  preparationQuestions: [
    {
      id: 'referenceleder-forberedelse-forventninger',
      text: {
        da: 'Hvad forventer du af referencelederen, og hvad tror du, referencelederen forventer af dig?',
        en: 'What do you expect of the reference leader, and what do you think they expect of you?',
      },
      help: { da: 'Skriv begge sider ned, så I kan sammenligne.', en: 'Write down both sides so you can compare.' },
    },
    {
      id: 'referenceleder-forberedelse-strategi',
      text: {
        da: 'Hvilke strategier eller politiske mål hænger temaet sammen med?',
        en: 'Which strategies or political goals does the theme connect with?',
      },
      help: {
        da: 'Tænk også på indsatser i andre afdelinger, der berører temaet.',
        en: 'Also think of initiatives in other departments that touch the theme.',
      },
    },
    {
      id: 'referenceleder-forberedelse-doere',
      text: {
        da: 'Hvilke fora, ledere eller arenaer har netværket brug for adgang til?',
        en: 'Which forums, managers or arenas does the network need access to?',
      },
      help: { da: 'Vær konkret: navne, møder og tidspunkter.', en: 'Be concrete: names, meetings and timing.' },
    },
    {
      id: 'referenceleder-forberedelse-aktie',
      text: {
        da: 'Hvilken interesse har referencelederen selv i, at udfordringen bliver løst?',
        en: 'What stake does the reference leader have in the challenge being solved?',
      },
      help: {
        da: 'En referenceleder med en aktie i udfordringen spiller mere aktivt med.',
        en: 'A reference leader with a stake in the challenge plays a more active part.',
      },
    },
    {
      id: 'referenceleder-forberedelse-test',
      text: {
        da: 'Hvad kan en test komme til at koste, og hvor kan pengene findes?',
        en: 'What might a test cost, and where could the money come from?',
      },
      help: {
        da: 'Et groft skøn er nok til den første samtale.',
        en: 'A rough estimate is enough for the first talk.',
      },
    },
    {
      id: 'referenceleder-forberedelse-politik',
      text: {
        da: 'Skal politikerne inddrages, og i givet fald hvornår og hvordan?',
        en: 'Should the politicians be involved, and if so when and how?',
      },
      help: {
        da: 'Overvej også, om et fagudvalg er relevant.',
        en: 'Also consider whether a specialist committee is relevant.',
      },
    },
    {
      id: 'referenceleder-forberedelse-styring',
      text: {
        da: 'Hvor går grænsen mellem sparring og styring for jer?',
        en: 'Where is the line between sparring and steering for the two of you?',
      },
      help: {
        da: 'Aftal, hvordan I siger til, hvis grænsen bliver overskredet.',
        en: 'Agree how you will speak up if the line is crossed.',
      },
    },
  ],
  counterpartSide: null,
  topics: [
    {
      id: 'referenceleder-roller',
      title: { da: 'Roller og gensidige forventninger', en: 'Roles and mutual expectations' },
      help: {
        da: 'Hvad kan I regne med fra hinanden, og hvem beslutter hvad?',
        en: 'What can you count on from each other, and who decides what?',
      },
      example: {
        da: 'Netværkslederen leder netværket; referencelederen sparrer, åbner døre og griber ind, hvis netværket går i stå.',
        en: 'The network leader leads the network; the reference leader spars, opens doors and steps in if the network stalls.',
      },
      required: true,
      inferred: false,
    },
    {
      id: 'referenceleder-strategisk-forankring',
      title: { da: 'Strategisk forankring', en: 'Strategic anchoring' },
      help: {
        da: 'Hvordan kobles temaet til den strategiske dagsorden, og hvordan skabes ejerskab hos ledere på niveau 4–5?',
        en: 'How is the theme tied to the strategic agenda, and how is ownership built among level 4–5 managers?',
      },
      example: {
        da: 'Temaet knyttes til sundhedspolitikken, og tre afdelingsledere inviteres til et opstartsmøde.',
        en: 'The theme is linked to the health policy, and three department heads are invited to a kick-off meeting.',
      },
      required: true,
      inferred: false,
    },
    {
      id: 'referenceleder-arenaer',
      title: { da: 'Arenaer og døre', en: 'Arenas and doors' },
      help: {
        da: 'Hvilke fora, platforme og personer kan referencelederen skaffe adgang til?',
        en: 'Which forums, platforms and people can the reference leader give access to?',
      },
      example: {
        da: 'Netværket får et punkt på ledermødet i foråret.',
        en: "The network gets an item on the managers' meeting in the spring.",
      },
      required: false,
      inferred: false,
    },
    {
      id: 'referenceleder-finansiering',
      title: { da: 'Finansiering af testfasen', en: 'Funding the test phase' },
      help: {
        da: 'Hvem skaffer penge til test, og skal der søges eksterne midler?',
        en: 'Who finds money for testing, and should external funds be sought?',
      },
      example: {
        da: 'Referencelederen undersøger en pulje inden {fase:ideudvikling} og står for en eventuel ansøgning.',
        en: 'The reference leader looks into a fund before {fase:ideudvikling} and handles any application.',
      },
      required: false,
      inferred: false,
    },
    {
      id: 'referenceleder-resultater',
      title: { da: 'Forankring af resultater', en: 'Anchoring the results' },
      help: {
        da: 'Hvordan kommer løsningerne fra forsøg til drift, og hvem har ansvaret for at skalere dem?',
        en: 'How do solutions move from trial to everyday operation, and who is responsible for scaling them?',
      },
      example: {
        da: 'Vi planlægger spredningen sammen med sekretariatet, og referencelederen tager den op i chefgruppen.',
        en: 'We plan the spreading with the secretariat, and the reference leader raises it in the management group.',
      },
      required: true,
      inferred: false,
    },
    {
      id: 'referenceleder-politik',
      title: { da: 'Politisk inddragelse', en: 'Political involvement' },
      help: {
        da: 'Skal politikerne – eventuelt et fagudvalg – inddrages, og hvornår?',
        en: 'Should the politicians – perhaps a specialist committee – be involved, and when?',
      },
      example: {
        da: 'Udvalget orienteres, når testresultaterne foreligger.',
        en: 'The committee is briefed once the test results are in.',
      },
      required: false,
      inferred: false,
    },
    {
      id: 'referenceleder-moederytme',
      title: { da: 'Møderytme', en: 'Meeting rhythm' },
      help: {
        da: 'Hvor ofte sparrer I, og ved hvilke milepæle?',
        en: 'How often do you spar, and at which milestones?',
      },
      example: {
        da: 'En time før hver ny fase og derudover efter behov.',
        en: 'One hour before each new phase and otherwise as needed.',
      },
      required: false,
      inferred: true,
    },
    {
      id: 'referenceleder-eskalering',
      title: { da: 'Når netværket sidder fast', en: 'When the network is stuck' },
      help: {
        da: 'Hvornår går netværkslederen til referencelederen, og hvornår tager referencelederen sagen videre i hierarkiet?',
        en: 'When does the network leader go to the reference leader, and when does the reference leader take it up the hierarchy?',
      },
      example: {
        da: 'Hvis en afdeling ikke kan afsætte deltagere, tager referencelederen det op med direktøren.',
        en: 'If a department cannot spare participants, the reference leader raises it with the director.',
      },
      required: false,
      inferred: true,
    },
    reviewTopic('referenceleder-revision', {
      da: 'Før {fase:konkretisering} og igen, når spredningen i {fase:evaluering} planlægges.',
      en: 'Before {fase:konkretisering} and again when the spreading in {fase:evaluering} is planned.',
    }),
  ],
};
