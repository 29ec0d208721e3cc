/** The network leader: the role the whole model is built around. */

import type { LocalizedText, RoleDefinition } from '../types';

/**
 * The seven network-leader competences that can be read in the sources. The sources list ten;
 * the last three are unknown and must not be made up.
 */
export const netvaerkslederCompetences: LocalizedText[] = [
  {
    da: 'Har blik for, hvem der skal samles om temaet: fagfolk, borgere, politikere, organisationer og virksomheder.',
    en: 'Sees who should gather around the theme: professionals, citizens, politicians, organisations and businesses.',
  },
  {
    da: 'Får aktører, som er afhængige af hinanden, til at tage ejerskab og lede med.',
    en: 'Gets actors who depend on one another to take ownership and share the lead.',
  },
  {
    da: 'Skaber et trygt rum, hvor alle mødes i øjenhøjde.',
    en: 'Creates a safe space where everyone meets on equal terms.',
  },
  {
    da: 'Bruger sin nysgerrighed i en undrende og udfordrende dialog, der bryder med vanerne.',
    en: 'Puts curiosity to work in a questioning, challenging dialogue that breaks old habits.',
  },
  {
    da: 'Tør sætte processer i gang, stå på usikker grund og eksperimentere.',
    en: 'Has the nerve to set processes going, work on uncertain ground and experiment.',
  },
  {
    da: 'Bruger den strategiske dagsorden – eller udfordrer den.',
    en: 'Makes use of the strategic agenda – or challenges it.',
  },
  {
    da: 'Forfølger løsninger og effekt og er parat til at tage tidligere beslutninger op igen.',
    en: 'Pursues solutions and impact and is ready to reopen earlier decisions.',
  },
];

/** The network leader's role definition. */
export const netvaerkslederRole: RoleDefinition = {
  id: 'netvaerksleder',
  name: { da: 'Netværksleder', en: 'Network leader' },
  shortDescription: {
    da: 'Leder ét tidsafgrænset netværk på tværs af afdelinger, fra opstart til afrunding.',
    en: 'Leads one time-boxed network across departments, from start-up to rounding off.',
  },
  purpose: {
    da: 'Netværkslederen samler de mennesker, fagligheder og perspektiver, som en tværgående udfordring kræver. Opgaven er at holde gang i arbejdet uden et kendt facit og at balancere åbenhed med, at netværket rent faktisk leverer. Undervejs tager netværkslederen den samskabende arbejdsform med hjem til sin egen afdeling.',
    en: 'The network leader brings together the people, disciplines and perspectives a cross-cutting challenge calls for. The job is to keep the work moving without a known answer and to balance openness with actually delivering. Along the way, the leader carries the co-creating way of working back to their own department.',
  },
  responsibilities: [
    {
      da: 'Indgå samarbejdsaftaler med personaleleder, referenceleder og co-driver, så mandatet er klart.',
      en: 'Make collaboration agreements with the line manager, the reference leader and the co-driver so the mandate is clear.',
    },
    {
      da: 'Designe netværket: hvem skal med, hvornår og i hvilken rolle.',
      en: 'Design the network: who takes part, when and in what role.',
    },
    {
      da: 'Planlægge og lede møderne, så alle kan bidrage på lige fod.',
      en: 'Plan and lead the meetings so everyone can contribute as equals.',
    },
    {
      da: 'Sørge for, at borgerperspektivet får betydning for netværkets beslutninger.',
      en: "Make sure the citizen perspective shapes the network's decisions.",
    },
    {
      da: 'Føre idéerne frem til små test og videre mod spredning i basis.',
      en: 'Carry ideas on to small tests and onward to spreading in the line organisation.',
    },
    {
      da: 'Holde referenceleder og personaleleder orienteret om fremdrift og tidsforbrug.',
      en: 'Keep the reference leader and the line manager informed about progress and time spent.',
    },
    {
      da: 'Afslutte netværket og evaluere arbejdsformen sammen med deltagerne.',
      en: 'Close the network and evaluate the way of working together with the participants.',
    },
  ],
  competences: netvaerkslederCompetences,
  relations: [
    {
      with: 'codriver',
      gives: [
        {
          da: 'Indblik i egne overvejelser og valg, så co-driveren kan lære opgaven indefra.',
          en: 'Insight into their own thinking and choices, so the co-driver can learn the job from the inside.',
        },
        {
          da: 'En tydelig aftale om forventninger og udviklingsforløb.',
          en: 'A clear agreement on expectations and the development path.',
        },
      ],
      gets: [
        {
          da: 'Sparring på procesdesign, kommende møder og opsamling.',
          en: 'Sparring on process design, upcoming meetings and wrap-up.',
        },
        {
          da: 'Mod og fremdrift, når vejen frem er uklar.',
          en: 'Courage and momentum when the way ahead is unclear.',
        },
        {
          da: 'Kompetencer og faglig viden, som netværkslederen ikke selv har.',
          en: 'Skills and subject knowledge the network leader does not have.',
        },
      ],
    },
    {
      with: 'referenceleder',
      gives: [
        {
          da: 'Løbende indblik i netværkets retning og resultater.',
          en: "Ongoing insight into the network's direction and results.",
        },
        {
          da: 'Konkrete ønsker om de døre, der skal åbnes.',
          en: 'Concrete requests about which doors need opening.',
        },
      ],
      gets: [
        {
          da: 'Kobling til den strategiske dagsorden og til ledelseshierarkiet.',
          en: 'A link to the strategic agenda and to the management hierarchy.',
        },
        {
          da: 'Adgang til nye arenaer og hjælp til at finansiere testfasen.',
          en: 'Access to new arenas and help funding the test phase.',
        },
        {
          da: 'Anerkendelse af modet til at eksperimentere.',
          en: 'Recognition of the courage to experiment.',
        },
      ],
    },
    {
      with: 'personaleleder',
      gives: [
        {
          da: 'Et realistisk bud på tidsforbruget ud fra forløbsbeskrivelsen.',
          en: 'A realistic estimate of the time needed, based on the course description.',
        },
        {
          da: 'Nye ledelseskompetencer og erfaringer, som afdelingen kan bruge.',
          en: 'New leadership skills and experience the department can use.',
        },
      ],
      gets: [
        {
          da: 'Tid og en tydelig prioritering af netværksarbejdet i hverdagen.',
          en: 'Time and a clear priority for network work in daily operations.',
        },
        {
          da: 'Opbakning, når balancen mellem basis og netværk er svær.',
          en: 'Support when balancing the line organisation and the network is hard.',
        },
      ],
    },
    {
      with: 'deltager',
      gives: [
        {
          da: 'Et trygt rum, hvor alle mødes som ligeværdige.',
          en: 'A safe space where everyone meets as equals.',
        },
        {
          da: 'En personlig invitation med en klar begrundelse for, hvad netværket skal.',
          en: 'A personal invitation that explains clearly what the network is for.',
        },
      ],
      gets: [
        {
          da: 'Viden, erfaringer og perspektiver fra praksis og fra borgernes hverdag.',
          en: "Knowledge, experience and perspectives from practice and from citizens' daily lives.",
        },
        {
          da: 'Medejerskab til idéer og test, der kan leve videre i basis.',
          en: 'Shared ownership of ideas and tests that can live on in the line organisation.',
        },
      ],
    },
  ],
  keyMoments: [
    {
      phaseId: 'opstart',
      text: {
        da: 'Samarbejdsaftalerne og valget af co-driver.',
        en: 'The collaboration agreements and choosing a co-driver.',
      },
    },
    {
      phaseId: 'netvaerksdesign',
      text: {
        da: 'Valget af deltagere og planen for borgerinddragelse.',
        en: 'Choosing participants and planning citizen involvement.',
      },
    },
    {
      phaseId: null,
      text: {
        da: 'Hvert møde: forberedelse og opsamling sammen med co-driveren.',
        en: 'Every meeting: preparation and wrap-up with the co-driver.',
      },
    },
    {
      phaseId: 'afrunding',
      text: {
        da: 'Status, skabt værdi og evaluering af arbejdsformen.',
        en: 'Status, value created and evaluating the way of working.',
      },
    },
  ],
  holderRequired: true,
};
