/** Phase 6's workshop: many ideas first, then a choice of what to test. */

import type { MeetingTemplate } from '../types';

/** Idea workshop: 150 minutes. */
export const ideworkshopTemplate: MeetingTemplate = {
  id: 'ideworkshop',
  name: { da: 'Idéværksted', en: 'Idea workshop' },
  description: {
    da: 'Et længere værksted, der åbner op med bevægelse og mange idéer og slutter med en prioritering. Hold det gerne et nyt sted.',
    en: 'A longer workshop that opens up with movement and many ideas and ends with prioritising. Consider holding it somewhere new.',
  },
  durationMinutes: 150,
  purpose: {
    da: 'At skabe mange idéer ud fra de forskellige perspektiver og vælge dem, der skal testes.',
    en: 'To create many ideas from the different perspectives and choose the ones to test.',
  },
  desiredOutcome: {
    da: 'En prioriteret liste over idéer og en beslutning om, hvilke der går videre til test.',
    en: 'A prioritised list of ideas and a decision on which go on to testing.',
  },
  suggestedPhaseId: 'ideudvikling',
  items: [
    {
      title: { da: 'Velkomst og opvarmning', en: 'Welcome and warm-up' },
      kind: 'orientering',
      minutes: 10,
      methodId: 'oplaeg',
      purpose: {
        da: 'Rammen for dagen: først mængde, så kvalitet.',
        en: 'The frame for the day: quantity first, quality later.',
      },
    },
    {
      title: { da: 'Udfordringen på gåben', en: 'The challenge on foot' },
      kind: 'droeftelse',
      minutes: 20,
      methodId: 'walk-and-talk',
      purpose: {
        da: 'Deltagerne går to og to og vender udfordringen fra nye vinkler.',
        en: 'Participants walk in pairs and look at the challenge from new angles.',
      },
    },
    {
      title: { da: 'Mange idéer', en: 'Many ideas' },
      kind: 'droeftelse',
      minutes: 25,
      methodId: 'brainstorm',
      purpose: { da: 'Alle idéer er velkomne; ingen vurderer endnu.', en: 'Every idea is welcome; nobody judges yet.' },
    },
    {
      title: { da: 'Byg videre på idéerne', en: 'Build on the ideas' },
      kind: 'droeftelse',
      minutes: 20,
      methodId: 'byg-videre',
      purpose: {
        da: 'Idéerne vokser, når andre lægger noget til.',
        en: 'Ideas grow when others add to them.',
      },
    },
    {
      title: { da: 'Pause', en: 'Break' },
      kind: 'pause',
      minutes: 15,
      methodId: 'pause',
      purpose: { da: 'Luft og ny energi.', en: 'Fresh air and new energy.' },
    },
    {
      title: { da: 'Forskellene på bordet', en: 'Differences on the table' },
      kind: 'droeftelse',
      minutes: 20,
      methodId: 'forskelle',
      purpose: {
        da: 'Vi bliver i de steder, hvor vi ser forskelligt på idéerne, og lærer af dem.',
        en: 'We stay with the places where we see the ideas differently and learn from them.',
      },
    },
    {
      title: { da: 'Prioritering', en: 'Prioritisation' },
      kind: 'beslutning',
      minutes: 20,
      methodId: 'prioritering',
      purpose: {
        da: 'Det bliver synligt, hvilke idéer der har størst opbakning.',
        en: 'It becomes visible which ideas have the most support.',
      },
    },
    {
      title: { da: 'Idéer til test', en: 'Ideas to test' },
      kind: 'beslutning',
      minutes: 10,
      methodId: 'beslutning',
      purpose: { da: 'Vi beslutter, hvilke idéer der testes først.', en: 'We decide which ideas are tested first.' },
    },
    {
      title: { da: 'Opsamling', en: 'Wrap-up' },
      kind: 'beslutning',
      minutes: 10,
      methodId: 'opsamling',
      role: 'closing',
      purpose: { da: 'Hvem arbejder videre med hvad?', en: 'Who takes what forward?' },
    },
  ],
};
