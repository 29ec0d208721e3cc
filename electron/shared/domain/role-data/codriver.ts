/** The co-driver: the network leader's second pilot and a leader in training. */

import type { RoleDefinition } from '../types';

/** The co-driver's role definition. */
export const codriverRole: RoleDefinition = {
  id: 'codriver',
  name: { da: 'Co-driver', en: 'Co-driver' },
  shortDescription: {
    da: 'Netværkslederens andenpilot og sparringspartner – med hele vejen fra opstart til afrunding.',
    en: "The network leader's second pilot and thinking partner, on board all the way from start-up to rounding off.",
  },
  purpose: {
    da: 'Co-driveren står tæt på praksis og hjælper netværkslederen med at finde vej, både i arbejdet og i temaets felt. Rollen giver mod, fremdrift og lyst til at tage chancer og skaber et rum, hvor ledelsesvalg kan vendes og læres af. Samtidig er rollen et udviklingsforløb: målet er, at co-driveren bagefter tager netværkslederuddannelsen og selv leder netværk.',
    en: 'The co-driver stays close to practice and helps the network leader find the way, both in the work and in the field the theme belongs to. The role brings courage, momentum and the will to take chances, and creates a space where leadership choices can be talked through and learned from. It is also a development path: the aim is that the co-driver then takes the network-leader course and leads networks.',
  },
  responsibilities: [
    {
      da: 'Følge netværket hele vejen fra opstart til afrunding som en fast del af netværkslederens ledelsesrum.',
      en: "Follow the network all the way from start-up to rounding off as a steady part of the network leader's leadership space.",
    },
    {
      da: 'Hjælpe netværkslederen med at finde vej i temaets felt: hvem arbejder med hvad, og hvilke dagsordener spiller ind.',
      en: "Help the network leader find the way in the theme's field: who works on what, and which agendas are in play.",
    },
    {
      da: 'Give sparring på designet af forløbet og de kommende møder.',
      en: 'Give sparring on the design of the course and the coming meetings.',
    },
    {
      da: 'Samle op efter møderne sammen med netværkslederen og planlægge de næste skridt.',
      en: 'Wrap up after meetings with the network leader and plan the next steps.',
    },
    {
      da: 'Gøre ledelsesrummet større: stille de spørgsmål, der gør netværksledelsen mere bevidst, eftertænksom og strategisk.',
      en: 'Widen the leadership space: ask the questions that make the network leadership more deliberate, thoughtful and strategic.',
    },
    {
      da: 'Styrke modet og bakke op, når netværkslederen tager chancer – også når borgere, politikere og andre samarbejdspartnere skal inddrages.',
      en: 'Build courage and give backing when the network leader takes chances, including when citizens, politicians and other partners are to be involved.',
    },
    {
      da: 'Holde øje med, at arbejdet er effektivt og bevæger sig fremad.',
      en: 'Keep an eye on the work being effective and moving forward.',
    },
    {
      da: 'Bidrage med de kompetencer eller den faglige viden, netværkslederen mangler – og aftale med netværkslederen, hvilke det er.',
      en: 'Bring the skills or subject knowledge the network leader lacks, and agree with the network leader which ones they are.',
    },
    {
      da: 'Hjælpe løsningerne med at leve videre i basis, når co-driveren selv arbejder på området.',
      en: 'Help solutions live on in the line organisation when the co-driver works in that field.',
    },
    {
      da: 'Lære netværksledelse side om side med netværkslederen med sigte på netværkslederuddannelsen og på selv at lede netværk senere.',
      en: 'Learn network leadership side by side with the network leader, aiming at the network-leader course and at leading networks later.',
    },
  ],
  competences: [
    {
      da: 'Faglig indsigt i netværkets tema og i indsatserne på området.',
      en: "Subject knowledge of the network's theme and of the initiatives in that field.",
    },
    {
      da: 'Kompetencer, der supplerer netværkslederens egne.',
      en: "Skills that complement the network leader's own.",
    },
    {
      da: 'Nysgerrighed, struktur og sans for at planlægge processer.',
      en: 'Curiosity, structure and a feel for planning processes.',
    },
    { da: 'Evnen til at finde vej i temaets felt.', en: "The ability to find the way in the theme's field." },
    { da: 'Vedholdenhed i jagten på effekt.', en: 'Persistence in the hunt for impact.' },
    {
      da: 'En strategisk placering, hvorfra løsninger kan holdes i live i basis.',
      en: 'A strategic position from which solutions can be kept alive in the line organisation.',
    },
  ],
  relations: [
    {
      with: 'netvaerksleder',
      gives: [
        {
          da: 'Sparring før og efter møderne og på de større procesvalg.',
          en: 'Sparring before and after meetings and on the bigger process choices.',
        },
        {
          da: 'Et ekstra par øjne på, om netværket bevæger sig.',
          en: 'An extra pair of eyes on whether the network is moving.',
        },
      ],
      gets: [
        {
          da: 'Indblik i netværksledelse tæt på praksis.',
          en: 'Insight into network leadership close to practice.',
        },
        {
          da: 'Pjecen om co-driverrollen og en åben snak om forventninger og udvikling.',
          en: 'The co-driver leaflet and an open talk about expectations and development.',
        },
      ],
    },
    {
      with: 'referenceleder',
      gives: [
        {
          da: 'Et blik på, hvordan løsningerne kan få fodfæste i basis.',
          en: 'A view of how solutions can gain a foothold in the line organisation.',
        },
      ],
      gets: [
        {
          da: 'Indsigt i, hvordan et tema kobles til den strategiske dagsorden.',
          en: 'Insight into how a theme is tied to the strategic agenda.',
        },
      ],
    },
    {
      with: 'personaleleder',
      gives: [
        {
          da: 'Sparring, der gør netværkslederen mere sikker i rollen – til gavn også for afdelingen.',
          en: 'Sparring that makes the network leader more confident in the role, which also benefits the department.',
        },
      ],
      gets: [
        {
          da: 'Forståelse for, at sparringen med netværkslederen skal have plads i kalenderen.',
          en: 'Understanding that sparring with the network leader needs room in the calendar.',
        },
      ],
    },
    {
      with: 'deltager',
      gives: [
        {
          da: 'Gennemtænkte møder med plads til bevægelse, idéer og forskelle.',
          en: 'Well-prepared meetings with room for movement, ideas and differences.',
        },
      ],
      gets: [
        {
          da: 'Reaktioner og indtryk, som bruges i opsamlingen og til at justere processen.',
          en: 'Reactions and impressions used in the wrap-up and to adjust the process.',
        },
      ],
    },
  ],
  keyMoments: [
    {
      phaseId: 'opstart',
      text: {
        da: 'Samtalen om samarbejdet, når pjecen er læst – og aftalen med din egen leder om tid og mandat til rollen.',
        en: 'The talk about working together once the leaflet has been read, and the agreement with your own manager on time and mandate for the role.',
      },
    },
    {
      phaseId: 'netvaerksdesign',
      text: { da: 'Planen for, hvem der inddrages hvornår.', en: 'The plan for who is involved when.' },
    },
    {
      phaseId: null,
      text: {
        da: 'Før og efter hvert møde: design og opsamling.',
        en: 'Before and after every meeting: design and wrap-up.',
      },
    },
    {
      phaseId: 'afrunding',
      text: {
        da: 'Status over egen læring og næste skridt mod netværkslederuddannelsen.',
        en: 'Taking stock of your own learning and the next step towards the network-leader course.',
      },
    },
  ],
  holderRequired: true,
};
