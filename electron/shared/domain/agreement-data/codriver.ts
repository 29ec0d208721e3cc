/** The agreement with the co-driver: what they bring, how they grow, and what each expects. */

import type { AgreementDefinition } from '../types';
import { codriverSide } from './codriver-side';
import { reviewTopic } from './review-topic';

/** Agreement definition for the co-driver. */
export const codriverAgreement: AgreementDefinition = {
  counterpart: 'codriver',
  title: { da: 'Samarbejdsaftale med co-driveren', en: 'Collaboration agreement with the co-driver' },
  intro: {
    da: 'Aftalen gør samarbejdet mellem netværksleder og co-driver tydeligt. Giv co-driveren pjecen om rollen før samtalen, og tal åbent om, at rollen også er et udviklingsforløb frem mod selv at lede netværk.',
    en: 'The agreement makes the partnership between network leader and co-driver clear. Give the co-driver the leaflet about the role before the talk, and speak openly about the role also being a path towards leading networks.',
  },
  preparationQuestions: [
    {
      id: 'codriver-forberedelse-pjece',
      text: {
        da: 'Har co-driveren fået og læst pjecen om rollen?',
        en: 'Has the co-driver received and read the leaflet about the role?',
      },
      help: {
        da: 'Send den i god tid, så samtalen kan tage udgangspunkt i den.',
        en: 'Send it in good time so the talk can build on it.',
      },
    },
    {
      id: 'codriver-forberedelse-egne-huller',
      text: {
        da: 'Hvilke kompetencer mangler du selv i dette netværk?',
        en: 'Which skills do you yourself lack for this network?',
      },
      help: {
        da: 'Brug de kendte netværkslederkompetencer som tjekliste.',
        en: 'Use the known network-leader competences as a checklist.',
      },
    },
    {
      id: 'codriver-forberedelse-profil',
      text: {
        da: 'Hvilken profil har netværket mest brug for hos co-driveren?',
        en: 'Which profile does the network most need in a co-driver?',
      },
      help: {
        da: 'Fx fagperson i temaet, struktureret procesmenneske, effektjæger eller en med en strategisk plads i basis.',
        en: 'For example a subject expert, a structured process person, an impact hunter or someone strategically placed in the line organisation.',
      },
    },
    {
      id: 'codriver-forberedelse-udvikling',
      text: {
        da: 'Hvad vil co-driveren gerne lære, og er netværkslederuddannelsen et mål?',
        en: 'What does the co-driver want to learn, and is the network-leader course a goal?',
      },
      help: {
        da: 'Målet med rollen er, at co-driveren senere kan lede netværk.',
        en: 'The aim of the role is that the co-driver can lead networks later.',
      },
    },
    {
      id: 'codriver-forberedelse-sparring',
      text: {
        da: 'Hvornår har du mest brug for sparring: før møder, efter møder eller ved svære valg?',
        en: 'When do you most need sparring: before meetings, after meetings or at hard choices?',
      },
      help: {
        da: 'Det giver jer et godt grundlag for at aftale en rytme.',
        en: 'This gives you a good basis for agreeing a rhythm.',
      },
    },
    {
      id: 'codriver-forberedelse-uenighed',
      text: { da: 'Hvordan vil I håndtere det, når I er uenige?', en: 'How will you handle it when you disagree?' },
      help: {
        da: 'Uenighed er værdifuld, hvis I har aftalt, hvordan den tages.',
        en: 'Disagreement is valuable if you have agreed how to deal with it.',
      },
    },
  ],
  counterpartSide: codriverSide,
  topics: [
    {
      id: 'codriver-kompetencer',
      title: { da: 'Co-driverens kompetencer', en: "The co-driver's skills" },
      help: {
        da: 'Hvilke kompetencer og hvilken faglig viden bidrager co-driveren med?',
        en: 'Which skills and subject knowledge does the co-driver bring?',
      },
      example: {
        da: 'Co-driveren kender ældreområdet indefra og er stærk i struktur og opfølgning.',
        en: 'The co-driver knows elderly care from the inside and is strong on structure and follow-up.',
      },
      required: true,
      inferred: false,
    },
    {
      id: 'codriver-udviklingsforloeb',
      title: { da: 'Udviklingsforløbet', en: 'The development path' },
      help: {
        da: 'Hvad vil co-driveren lære undervejs, og hvad er næste skridt bagefter?',
        en: 'What will the co-driver learn along the way, and what is the next step afterwards?',
      },
      example: {
        da: 'Co-driveren står selv for at facilitere et af idémøderne og søger ind på netværkslederuddannelsen næste år.',
        en: 'The co-driver facilitates one of the idea meetings and applies for the network-leader course next year.',
      },
      required: true,
      inferred: false,
    },
    {
      id: 'codriver-forventninger',
      title: { da: 'Tydelige forventninger', en: 'Explicit expectations' },
      help: {
        da: 'Hvad forventer I af hinanden – i møderne, i forberedelsen og i opsamlingen?',
        en: 'What do you expect of each other – in meetings, in preparation and in the wrap-up?',
      },
      example: {
        da: 'Co-driveren deltager i alle netværksmøder og tager noter til opsamlingen.',
        en: 'The co-driver attends every network meeting and takes notes for the wrap-up.',
      },
      required: true,
      inferred: false,
    },
    {
      id: 'codriver-tid-og-mandat',
      title: { da: 'Co-driverens tid og mandat', en: "The co-driver's time and mandate" },
      help: {
        da: 'Hvor meget tid har co-driveren aftalt med sin egen leder, og hvad må hun beslutte på sin enheds vegne?',
        en: 'How much time has the co-driver agreed with her own line manager, and what may she decide for her unit?',
      },
      example: {
        da: 'Fire timer om ugen, aftalt med egen leder frem til netværkets afslutning; mere i ugerne omkring test.',
        en: 'Four hours a week, agreed with her own line manager until the network closes; more in the weeks around tests.',
      },
      required: false,
      inferred: true,
    },
    {
      id: 'codriver-rytme',
      title: { da: 'Rytme for forberedelse og opsamling', en: 'Rhythm for preparation and wrap-up' },
      help: {
        da: 'Hvornår mødes I før og efter netværksmøderne?',
        en: 'When do you meet before and after network meetings?',
      },
      example: {
        da: 'En time tre dage før hvert møde og en halv time lige efter.',
        en: 'An hour three days before each meeting and half an hour right after.',
      },
      required: false,
      inferred: true,
    },
    {
      id: 'codriver-eskalering',
      title: { da: 'Når I sidder fast', en: 'When you are stuck' },
      help: {
        da: 'Hvem går I til, hvis I sammen ikke kan komme videre? Ofte er det referencelederen som bindeled til hierarkiet.',
        en: 'Who do you turn to if you cannot move on together? Often the reference leader, as the link to the hierarchy.',
      },
      example: {
        da: 'Vi tager det op med referencelederen, hvis en beslutning har ligget stille i mere end to uger.',
        en: 'We raise it with the reference leader if a decision has been stuck for more than two weeks.',
      },
      required: false,
      inferred: true,
    },
    reviewTopic('codriver-revision', {
      da: 'Efter {fase:netvaerksdesign} og ved {fase:afrunding}.',
      en: 'After {fase:netvaerksdesign} and at {fase:afrunding}.',
    }),
  ],
};
