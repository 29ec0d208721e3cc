/** The co-driver: the network leader's second pilot and a leader in training. */

import type { RoleDefinition } from '../types';

/** The co-driver's role definition. */
export const codriverRole: RoleDefinition = {
  id: 'codriver',
  name: { da: 'Co-driver', en: 'Co-driver' },
  shortDescription: {
    da: 'Netværkslederens andenpilot og sparringspartner gennem hele forløbet.',
    en: "The network leader's second pilot and thinking partner throughout.",
  },
  purpose: {
    da: 'Co-driveren står tæt på praksis og giver netværkslederen mod, fremdrift og lyst til at tage chancer. Sammen skaber de et rum, hvor ledelsesvalg kan vendes og læres af. Rollen er samtidig et udviklingsforløb, der skal gøre co-driveren klar til selv at lede netværk.',
    en: 'The co-driver stays close to practice and gives the network leader courage, momentum and the will to take chances. Together they create a space where leadership choices can be talked through and learned from. The role is also a development path meant to prepare the co-driver to lead networks later.',
  },
  responsibilities: [
    {
      da: 'Være med til at designe processen og de enkelte møder.',
      en: 'Help design the process and each meeting.',
    },
    {
      da: 'Samle op efter møderne sammen med netværkslederen og pege på næste skridt.',
      en: 'Wrap up after meetings with the network leader and point to next steps.',
    },
    {
      da: 'Udfordre og bakke op om netværkslederens valg, især når der skal tages chancer.',
      en: "Challenge and back the network leader's choices, especially when chances must be taken.",
    },
    {
      da: 'Bidrage med de kompetencer eller den faglige viden, netværkslederen mangler.',
      en: 'Bring the skills or subject knowledge the network leader lacks.',
    },
    {
      da: 'Hjælpe løsningerne med at overleve i basis, når co-driveren selv arbejder på området.',
      en: 'Help solutions survive in the line organisation when the co-driver works in that field.',
    },
    {
      da: 'Lære netværksledelse ved at arbejde side om side med netværkslederen.',
      en: 'Learn network leadership by working side by side with the network leader.',
    },
  ],
  competences: [
    { da: 'Faglig indsigt i netværkets tema.', en: "Subject knowledge of the network's theme." },
    {
      da: 'Kompetencer, der supplerer netværkslederens egne.',
      en: "Skills that complement the network leader's own.",
    },
    {
      da: 'Nysgerrighed, struktur og sans for processer.',
      en: 'Curiosity, structure and a feel for process.',
    },
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
      da: 'Opstart: samtalen om samarbejdet, når pjecen er læst.',
      en: 'Start-up: the talk about working together, once the leaflet has been read.',
    },
    {
      da: 'Netværksdesign: planen for, hvem der inddrages hvornår.',
      en: 'Network design: the plan for who is involved when.',
    },
    {
      da: 'Før og efter hvert møde: design og opsamling.',
      en: 'Before and after every meeting: design and wrap-up.',
    },
    {
      da: 'Afrunding: status over egen læring som kommende netværksleder.',
      en: 'Rounding off: taking stock of their own learning as a future network leader.',
    },
  ],
  holderRequired: true,
};
