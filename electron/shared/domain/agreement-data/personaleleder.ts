/** The agreement with the network leader's line manager: time, secretariat days and development. */

import type { AgreementDefinition } from '../types';
import { reviewTopic } from './review-topic';

/** Agreement definition for the line manager. */
export const personalelederAgreement: AgreementDefinition = {
  counterpart: 'personaleleder',
  title: { da: 'Samarbejdsaftale med personalelederen', en: 'Collaboration agreement with the line manager' },
  intro: {
    da: 'Aftalen giver netværkslederen tid og opbakning til netværksarbejdet. Forbered samtalen ud fra forløbsbeskrivelsen, så I taler om et realistisk tidsforbrug og om, hvad afdelingen får ud af det.',
    en: 'The agreement gives the network leader time and backing for network work. Prepare the talk from the course description so you discuss a realistic time commitment and what the department gains.',
  },
  preparationQuestions: [
    {
      id: 'personaleleder-forberedelse-tidsforbrug',
      text: {
        da: 'Hvor meget tid regner du med at bruge på netværket, måned for måned?',
        en: 'How much time do you expect to spend on the network, month by month?',
      },
      help: {
        da: 'Tag udgangspunkt i forløbsbeskrivelsen og de mødedatoer, du allerede kender.',
        en: 'Start from the course description and the meeting dates you already know.',
      },
    },
    {
      id: 'personaleleder-forberedelse-travle-perioder',
      text: {
        da: 'Hvornår bliver netværksarbejdet særligt intensivt?',
        en: 'When will network work be especially intense?',
      },
      help: {
        da: 'Fx perioder med mange møder, test eller planlægning af spredning.',
        en: 'For example periods with many meetings, testing or planning the spreading.',
      },
    },
    {
      id: 'personaleleder-forberedelse-opgaver-basis',
      text: {
        da: 'Hvilke af dine faste opgaver skal løses anderledes eller af andre i perioden?',
        en: 'Which of your regular tasks must be done differently or by others in the period?',
      },
      help: {
        da: 'Kom gerne med et konkret forslag, så samtalen bliver let at handle på.',
        en: 'Bring a concrete proposal so the talk is easy to act on.',
      },
    },
    {
      id: 'personaleleder-forberedelse-laering',
      text: {
        da: 'Hvad vil du gerne blive bedre til som netværksleder?',
        en: 'What would you like to get better at as a network leader?',
      },
      help: {
        da: 'Se på de kendte netværkslederkompetencer, og vælg et par stykker at arbejde med.',
        en: 'Look at the known network-leader competences and pick a few to work on.',
      },
    },
    {
      id: 'personaleleder-forberedelse-vaerdi',
      text: {
        da: 'Hvordan kan netværkets tema og resultater få betydning for din afdeling?',
        en: "How could the network's theme and results matter to your department?",
      },
      help: {
        da: 'Tænk både på løsninger, viden og de kompetencer, du selv får.',
        en: 'Think of solutions, knowledge and the skills you gain yourself.',
      },
    },
    {
      id: 'personaleleder-forberedelse-opfoelgning',
      text: {
        da: 'Hvordan vil du gerne have, at I følger op på fremdrift og tidsforbrug?',
        en: 'How would you like the two of you to follow up on progress and time spent?',
      },
      help: {
        da: 'Fx et fast punkt på jeres almindelige møder.',
        en: 'For example a standing item at your regular meetings.',
      },
    },
  ],
  counterpartSide: null,
  topics: [
    {
      id: 'personaleleder-tidsbalance',
      title: {
        da: 'Tidsmæssig balance mellem basis og netværk',
        en: 'Balancing time between daily work and the network',
      },
      help: {
        da: 'Hvor meget tid må netværket tage, og hvordan hænger det sammen med opgaverne i basis?',
        en: 'How much time may the network take, and how does that fit with daily tasks?',
      },
      example: {
        da: 'Ca. fire timer om ugen i gennemsnit, mere i testperioden. Ugens teammøde overtages af en kollega.',
        en: 'About four hours a week on average, more during the test period. A colleague takes over the weekly team meeting.',
      },
      required: true,
      inferred: false,
    },
    {
      id: 'personaleleder-opfoelgning',
      title: { da: 'Opfølgning på fremdrift og tidsforbrug', en: 'Following up on progress and time spent' },
      help: {
        da: 'Hvordan følger personalelederen med, og hvad gør I, hvis tiden ikke passer til opgavens omfang?',
        en: 'How does the line manager keep track, and what do you do if the time does not match the scope?',
      },
      example: {
        da: 'Vi tager et kvarter om netværket på vores månedlige møde og justerer, hvis tidsforbruget skrider.',
        en: 'We spend fifteen minutes on the network at our monthly meeting and adjust if the time use drifts.',
      },
      required: true,
      inferred: false,
    },
    {
      id: 'personaleleder-sekretariatsdage',
      title: { da: 'Dage i netværkssekretariatet', en: 'Days at the network secretariat' },
      help: {
        da: 'I hvilke intensive perioder arbejder netværkslederen fra sekretariatet?',
        en: 'In which intense periods does the network leader work from the secretariat?',
      },
      example: {
        da: 'I de to måneder med test sidder jeg i sekretariatet hver torsdag.',
        en: 'During the two months of testing I work at the secretariat every Thursday.',
      },
      required: false,
      inferred: false,
    },
    {
      id: 'personaleleder-kompetenceudvikling',
      title: { da: 'Kompetenceudvikling', en: 'Competence development' },
      help: {
        da: 'Hvad skal netværkslederen udvikle sig på, og er netværkslederuddannelsen relevant?',
        en: 'What should the network leader develop, and is the network-leader course relevant?',
      },
      example: {
        da: 'Jeg vil især arbejde med at facilitere uenighed. Vi drøfter uddannelsen igen ved afrundingen.',
        en: 'I especially want to work on facilitating disagreement. We revisit the course at the rounding off.',
      },
      required: true,
      inferred: false,
    },
    {
      id: 'personaleleder-relevans',
      title: { da: 'Netværkets relevans for afdelingen', en: "The network's relevance to the department" },
      help: {
        da: 'Hvordan kan netværket og de nye kompetencer gavne personalelederen og afdelingen?',
        en: 'How can the network and the new skills benefit the line manager and the department?',
      },
      example: {
        da: 'Erfaringerne med borgerinddragelse deles på et personalemøde efter testen.',
        en: 'The experience with citizen involvement is shared at a staff meeting after the test.',
      },
      required: true,
      inferred: false,
    },
    {
      id: 'personaleleder-check-in',
      title: { da: 'Faste check-ins', en: 'Regular check-ins' },
      help: { da: 'Hvor ofte mødes I kort om netværket?', en: 'How often do you meet briefly about the network?' },
      example: {
        da: 'En halv time hver anden uge i de travle perioder, ellers en gang om måneden.',
        en: 'Half an hour every other week in busy periods, otherwise once a month.',
      },
      required: false,
      inferred: true,
    },
    {
      id: 'personaleleder-eskalering',
      title: { da: 'Når tiden ikke slår til', en: 'When time runs short' },
      help: {
        da: 'Hvem går netværkslederen til, og hvad prioriteres, hvis netværk og drift støder sammen?',
        en: 'Who does the network leader turn to, and what comes first, if the network and daily work collide?',
      },
      example: {
        da: 'Jeg siger til med det samme, og vi beslutter sammen, hvad der kan vente.',
        en: 'I say so straight away, and we decide together what can wait.',
      },
      required: false,
      inferred: true,
    },
    reviewTopic('personaleleder-revision', {
      da: 'Ved overgangen til {fase:konkretisering}.',
      en: 'At the move into {fase:konkretisering}.',
    }),
  ],
};
