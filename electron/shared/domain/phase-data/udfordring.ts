/**
 * A supplementary phase after network design: understanding the challenge. The description of the
 * model the app builds on goes from network design straight to idea development.
 */

import type { PhaseDefinition } from '../types';

/** Supplementary phase: a shared understanding of the problem before looking for solutions. */
export const udfordringPhase: PhaseDefinition = {
  id: 'udfordring',
  number: null,
  name: { da: 'Forstå udfordringen', en: 'Understand the challenge' },
  summary: {
    da: 'Netværket skaber en fælles forståelse af problemet, før der ledes efter løsninger.',
    en: 'The network builds a shared understanding of the problem before looking for solutions.',
  },
  goal: {
    da: 'Netværket er enigt om, hvilken udfordring der arbejdes med, og hvad man allerede ved.',
    en: 'The network agrees on the challenge it is working on and what is already known.',
  },
  supplementary: {
    why: {
      da: 'Modellens beskrivelse går direkte fra netværksdesign til idéudvikling. Fasen er lagt ind, fordi et netværk skal være enigt om udfordringen, før det kan finde idéer til den.',
      en: "The model's description goes straight from network design to idea development. The phase is added because a network must agree on the challenge before it can find ideas for it.",
    },
  },
  checklist: [
    {
      id: 'udfordring-formulering',
      text: {
        da: 'Formulér udfordringen i en eller to sætninger, som alle i netværket kan genkende.',
        en: 'Put the challenge into one or two sentences everyone in the network recognises.',
      },
    },
    {
      id: 'udfordring-eksisterende-viden',
      text: {
        da: 'Saml det, I allerede ved: tal, erfaringer og tidligere indsatser.',
        en: 'Gather what you already know: figures, experience and earlier initiatives.',
      },
    },
    {
      id: 'udfordring-andre-indsatser',
      text: {
        da: 'Undersøg, hvilke andre indsatser i basis der berører temaet.',
        en: 'Find out which other initiatives in the line organisation touch the theme.',
      },
    },
    {
      id: 'udfordring-perspektiver',
      text: {
        da: 'Lad hver deltager beskrive udfordringen set fra sin egen plads.',
        en: 'Let each participant describe the challenge from where they stand.',
      },
    },
    {
      id: 'udfordring-afgraensning',
      text: { da: 'Aftal, hvad netværket ikke skal løse.', en: 'Agree what the network will not try to solve.' },
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
      {
        da: 'Hjælp netværkslederen med at finde vej i temaets felt og de indsatser, der allerede findes.',
        en: "Help the network leader find the way in the theme's field and the initiatives already under way.",
      },
      { da: 'Saml op på, hvor deltagerne er enige og uenige.', en: 'Note where participants agree and disagree.' },
    ],
    referenceleder: [
      {
        da: 'Del din viden om beslægtede indsatser, så netværket hænger sammen med dem.',
        en: 'Share what you know about related initiatives so the network fits with them.',
      },
      {
        da: 'Vær selv en aktiv medspiller: sig, hvad du forventer, og gå ind i arbejdet, hvor du kan give fremdrift.',
        en: 'Be an active player yourself: say what you expect, and step into the work where you can move it forward.',
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
