/**
 * A supplementary phase before idea development: gathering insight, including the citizen
 * perspective, which the model asks to weigh in on decisions.
 */

import type { PhaseDefinition } from '../types';

/** Supplementary phase: insight from citizens and others affected, so ideas rest on real needs. */
export const indsigtPhase: PhaseDefinition = {
  id: 'indsigt',
  number: null,
  name: { da: 'Indsigt og borgerperspektiv', en: 'Insight and the citizen perspective' },
  summary: {
    da: 'Netværket henter viden hos borgere og andre berørte, så idéerne bygger på virkelige behov.',
    en: 'The network gathers knowledge from citizens and others affected, so ideas rest on real needs.',
  },
  goal: {
    da: 'Netværket kender de berørtes oplevelser og har valgt et fokus for idéudviklingen.',
    en: 'The network knows the experience of those affected and has chosen a focus for idea development.',
  },
  supplementary: {
    why: {
      da: 'Modellens beskrivelse går direkte fra netværksdesign til idéudvikling. Fasen er lagt ind, så borgernes og de andre berørtes erfaringer er hentet, før idéerne udvikles.',
      en: "The model's description goes straight from network design to idea development. The phase is added so the experience of citizens and others affected is gathered before ideas are developed.",
    },
  },
  checklist: [
    {
      id: 'indsigt-metode',
      text: {
        da: 'Vælg, hvordan I henter indsigt, fx samtaler, observationer eller besøg.',
        en: 'Choose how you will gather insight, for example interviews, observation or visits.',
      },
    },
    {
      id: 'indsigt-borgere',
      text: { da: 'Tal med borgere, som udfordringen berører.', en: 'Talk with citizens affected by the challenge.' },
    },
    {
      id: 'indsigt-andre-aktoerer',
      text: {
        da: 'Inddrag virksomheder, foreninger eller andre relevante aktører.',
        en: 'Involve businesses, associations or other relevant actors.',
      },
    },
    {
      id: 'indsigt-deling',
      text: { da: 'Del og sortér indsigterne i fællesskab.', en: 'Share and sort the insights together.' },
    },
    {
      id: 'indsigt-fokus',
      text: {
        da: 'Formulér de spørgsmål, idéudviklingen skal give svar på.',
        en: 'Write down the questions idea development should answer.',
      },
    },
  ],
  tasks: {
    netvaerksleder: [
      { da: 'Planlæg, hvordan borgerperspektivet hentes ind.', en: 'Plan how the citizen perspective is brought in.' },
      {
        da: 'Sørg for, at indsigterne bruges i de næste beslutninger.',
        en: 'Make sure the insights are used in the next decisions.',
      },
    ],
    codriver: [
      {
        da: 'Hjælp med at planlægge indsamlingen og samle indsigterne op.',
        en: 'Help plan the gathering and pull the insights together.',
      },
      {
        da: 'Giv netværkslederen mod til at invitere borgere, politikere og andre parter med ind.',
        en: 'Give the network leader the courage to involve citizens, politicians and other partners.',
      },
    ],
    referenceleder: [
      {
        da: 'Vurdér, om og hvordan politikerne skal inddrages, og sørg for et godt samspil med dem.',
        en: 'Judge whether and how the politicians should be involved, and see to a good interplay with them.',
      },
    ],
    personaleleder: [
      {
        da: 'Giv afdelingens deltagere tid til at hente indsigt.',
        en: "Give the department's participants time to gather insight.",
      },
    ],
    deltager: [
      {
        da: 'Indsaml og del indsigt fra borgere og kolleger.',
        en: 'Gather and share insight from citizens and colleagues.',
      },
    ],
  },
};
