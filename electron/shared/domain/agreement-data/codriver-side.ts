/**
 * The co-driver's own preparation for the agreement talk: what she brings, the time and mandate she
 * has settled with her own line manager, and what she wants to learn on the way to leading networks.
 */

import type { CounterpartSide } from '../types';

/** The co-driver's side of the co-driver agreement. */
export const codriverSide: CounterpartSide = {
  intro: {
    da: 'Her forbereder co-driveren sin egen side af samtalen. Noterne er dine og kommer kun med i Word-dokumentet, hvis du selv vælger det.',
    en: 'Here the co-driver prepares her own side of the talk. The notes are yours and only go into the Word document if you choose so.',
  },
  groups: [
    {
      id: 'codriver-side-bidrag',
      title: { da: 'Det, du bringer med', en: 'What you bring' },
      intro: {
        da: 'Tænk over, hvad du kan give netværkslederen og netværket, og hvad du selv har brug for.',
        en: 'Think about what you can give the network leader and the network, and what you need yourself.',
      },
      questions: [
        {
          id: 'codriver-side-styrker',
          text: {
            da: 'Hvad kan du bidrage med, som netværkslederen ikke selv dækker?',
            en: 'What can you contribute that the network leader does not cover?',
          },
          help: {
            da: 'Fx viden om temaet, sans for struktur, lyst til proces eller en plads i organisationen, hvor løsninger kan slå rod.',
            en: 'For example knowledge of the theme, a sense of structure, a liking for process or a place in the organisation where solutions can take root.',
          },
        },
        {
          id: 'codriver-side-oensker',
          text: {
            da: 'Hvad har du brug for fra netværkslederen for at kunne gøre en god indsats?',
            en: 'What do you need from the network leader to do good work?',
          },
          help: {
            da: 'Fx at være med, når processen planlægges, at høre om ændringer i tide eller at måtte stille de svære spørgsmål.',
            en: 'For example to take part when the process is planned, to hear about changes in time or to be allowed to ask the hard questions.',
          },
        },
        {
          id: 'codriver-side-tvivl',
          text: {
            da: 'Hvad er du i tvivl om ved rollen, som I bør tale om?',
            en: 'What are you unsure about in the role that you should talk about?',
          },
          help: {
            da: 'Skriv det ned, også det der føles småt. Samtalen er stedet at få det afklaret.',
            en: 'Write it down, even what feels small. The talk is the place to clear it up.',
          },
        },
      ],
    },
    {
      id: 'codriver-side-tid',
      title: { da: 'Din tid og dit mandat', en: 'Your time and mandate' },
      intro: {
        da: 'Aftal det med din egen leder før samtalen med netværkslederen, så aftalen bygger på noget, der holder.',
        en: 'Settle this with your own line manager before the talk with the network leader, so the agreement rests on something that holds.',
      },
      questions: [
        {
          id: 'codriver-side-timer',
          text: {
            da: 'Hvor meget tid har du og din leder aftalt, at du bruger på netværket?',
            en: 'How much time have you and your line manager agreed you spend on the network?',
          },
          help: {
            da: 'Skriv timer om ugen eller måneden, og tænk de travle perioder omkring møder og test med.',
            en: 'Write hours a week or a month, and include the busy periods around meetings and tests.',
          },
        },
        {
          id: 'codriver-side-mandat',
          text: {
            da: 'Hvad må du beslutte eller love på vegne af din egen enhed?',
            en: 'What may you decide or promise on behalf of your own unit?',
          },
          help: {
            da: 'Det er godt at vide, før netværket beder dig om noget.',
            en: 'It is good to know before the network asks you for something.',
          },
        },
        {
          id: 'codriver-side-opfoelgning',
          text: {
            da: 'Hvordan følger din leder op på din tid og din udvikling i rollen?',
            en: 'How does your line manager follow up on your time and your growth in the role?',
          },
          help: {
            da: 'Fx en kort snak hver måned eller hver gang netværket skifter fase.',
            en: 'For example a short talk every month or each time the network moves to a new phase.',
          },
        },
        {
          id: 'codriver-side-pres',
          text: {
            da: 'Hvad gør du, hvis opgaverne hjemme i din enhed presser tiden til netværket?',
            en: 'What do you do if the tasks back in your unit squeeze the time for the network?',
          },
          help: {
            da: 'Aftal på forhånd, hvem du taler med, og hvad der kan vente.',
            en: 'Agree beforehand whom you talk to and what can wait.',
          },
        },
      ],
    },
    {
      id: 'codriver-side-laering',
      title: { da: 'Dine læringsmål', en: 'Your learning goals' },
      intro: {
        da: 'Rollen er et forløb frem mod selv at lede netværk. Sæt ord på, hvad du vil øve dig i.',
        en: 'The role is a path towards leading networks yourself. Put into words what you want to practise.',
      },
      questions: [
        {
          id: 'codriver-side-oeve',
          text: {
            da: 'Hvilke dele af det at lede et netværk vil du prøve kræfter med undervejs?',
            en: 'Which parts of leading a network do you want to try your hand at along the way?',
          },
          help: {
            da: 'Fx at facilitere et møde, at tilrettelægge en proces eller at få borgere og politikere med.',
            en: 'For example facilitating a meeting, planning a process or bringing citizens and politicians in.',
          },
        },
        {
          id: 'codriver-side-uddannelse',
          text: {
            da: 'Hvornår vil du gerne tage netværkslederuddannelsen, og hvad skal der til?',
            en: 'When would you like to take the network-leader course, and what will it take?',
          },
          help: {
            da: 'Tal med din leder om tidspunktet og om tid til uddannelsen.',
            en: 'Talk to your line manager about the timing and about time for the course.',
          },
        },
        {
          id: 'codriver-side-tegn',
          text: {
            da: 'Hvordan vil du mærke, at du er kommet tættere på selv at kunne lede et netværk?',
            en: 'How will you notice that you have come closer to leading a network yourself?',
          },
          help: {
            da: 'Et konkret tegn gør det lettere at tale om udviklingen, når I ser aftalen igennem.',
            en: 'A concrete sign makes it easier to talk about your growth when you review the agreement.',
          },
        },
      ],
    },
  ],
};
