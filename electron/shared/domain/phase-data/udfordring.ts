/**
 * Our own step after network design: understanding the challenge. The handbook's chapters 3–5
 * are not public, so everything here is marked inferred.
 */

import type { PhaseDefinition } from '../types';

/** Inferred step: a shared understanding of the problem before looking for solutions. */
export const udfordringPhase: PhaseDefinition = {
  id: 'udfordring',
  number: null,
  name: { da: 'Forstå udfordringen', en: 'Understand the challenge' },
  summary: {
    da: 'Vores eget forslag: netværket skaber en fælles forståelse af problemet, før der ledes efter løsninger.',
    en: 'Our own suggestion: the network builds a shared understanding of the problem before looking for solutions.',
  },
  goal: {
    da: 'Netværket er enigt om, hvilken udfordring der arbejdes med, og hvad man allerede ved.',
    en: 'The network agrees on the challenge it is working on and what is already known.',
  },
  inferred: true,
  checklist: [
    {
      id: 'udfordring-formulering',
      text: {
        da: 'Formulér udfordringen i en eller to sætninger, som alle i netværket kan genkende.',
        en: 'Put the challenge into one or two sentences everyone in the network recognises.',
      },
      inferred: true,
    },
    {
      id: 'udfordring-eksisterende-viden',
      text: {
        da: 'Saml det, I allerede ved: tal, erfaringer og tidligere indsatser.',
        en: 'Gather what you already know: figures, experience and earlier initiatives.',
      },
      inferred: true,
    },
    {
      id: 'udfordring-andre-indsatser',
      text: {
        da: 'Undersøg, hvilke andre indsatser i basis der berører temaet.',
        en: 'Find out which other initiatives in the line organisation touch the theme.',
      },
      inferred: true,
    },
    {
      id: 'udfordring-perspektiver',
      text: {
        da: 'Lad hver deltager beskrive udfordringen set fra sin egen plads.',
        en: 'Let each participant describe the challenge from where they stand.',
      },
      inferred: true,
    },
    {
      id: 'udfordring-afgraensning',
      text: { da: 'Aftal, hvad netværket ikke skal løse.', en: 'Agree what the network will not try to solve.' },
      inferred: true,
    },
  ],
  tasks: {
    netvaerksleder: [
      {
        da: 'Led en fælles drøftelse af, hvad udfordringen egentlig er.',
        en: 'Lead a shared discussion of what the challenge really is.',
      },
      {
        da: 'Hold de forskellige forståelser i spil, før I lander.',
        en: 'Keep the different views in play before you settle.',
      },
    ],
    codriver: [
      {
        da: 'Hjælp med at designe møder, der åbner udfordringen op.',
        en: 'Help design meetings that open up the challenge.',
      },
      { da: 'Saml op på, hvor deltagerne er enige og uenige.', en: 'Note where participants agree and disagree.' },
    ],
    referenceleder: [
      {
        da: 'Del din viden om beslægtede indsatser og strategier.',
        en: 'Share what you know about related initiatives and strategies.',
      },
    ],
    personaleleder: [
      {
        da: 'Fortæl, hvordan udfordringen viser sig i din afdeling.',
        en: 'Describe how the challenge shows up in your department.',
      },
    ],
    deltager: [
      {
        da: 'Beskriv udfordringen, som du oplever den i din hverdag.',
        en: 'Describe the challenge as you meet it in your daily work.',
      },
    ],
  },
};
