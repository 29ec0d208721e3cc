/**
 * Our own step before idea development: gathering insight, including the citizen perspective.
 * The handbook's chapters 3–5 are not public, so everything here is marked inferred.
 */

import type { PhaseDefinition } from '../types';

/** Inferred step: insight from citizens and others affected, so ideas rest on real needs. */
export const indsigtPhase: PhaseDefinition = {
  id: 'indsigt',
  number: null,
  name: { da: 'Indsigt og borgerperspektiv', en: 'Insight and the citizen perspective' },
  summary: {
    da: 'Vores eget forslag: netværket henter viden hos borgere og andre berørte, så idéerne bygger på virkelige behov.',
    en: 'Our own suggestion: the network gathers knowledge from citizens and others affected, so ideas rest on real needs.',
  },
  goal: {
    da: 'Netværket kender de berørtes oplevelser og har valgt et fokus for idéudviklingen.',
    en: 'The network knows the experience of those affected and has chosen a focus for idea development.',
  },
  inferred: true,
  checklist: [
    {
      id: 'indsigt-metode',
      text: {
        da: 'Vælg, hvordan I henter indsigt, fx samtaler, observationer eller besøg.',
        en: 'Choose how you will gather insight, for example interviews, observation or visits.',
      },
      inferred: true,
    },
    {
      id: 'indsigt-borgere',
      text: { da: 'Tal med borgere, som udfordringen berører.', en: 'Talk with citizens affected by the challenge.' },
      inferred: true,
    },
    {
      id: 'indsigt-andre-aktoerer',
      text: {
        da: 'Inddrag virksomheder, foreninger eller andre relevante aktører.',
        en: 'Involve businesses, associations or other relevant actors.',
      },
      inferred: true,
    },
    {
      id: 'indsigt-deling',
      text: { da: 'Del og sortér indsigterne i fællesskab.', en: 'Share and sort the insights together.' },
      inferred: true,
    },
    {
      id: 'indsigt-fokus',
      text: {
        da: 'Formulér de spørgsmål, idéudviklingen skal give svar på.',
        en: 'Write down the questions idea development should answer.',
      },
      inferred: true,
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
    ],
    referenceleder: [
      {
        da: 'Vurdér, om indsigterne peger på, at politikerne bør inddrages.',
        en: 'Judge whether the insights suggest involving the politicians.',
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
