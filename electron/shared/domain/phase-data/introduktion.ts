/** Introduktion: getting to know what networks can do and what the leader brings. */

import type { PhaseDefinition } from '../types';

/** The introduction before start-up. */
export const introduktionPhase: PhaseDefinition = {
  id: 'introduktion',
  number: null,
  name: { da: 'Introduktion', en: 'Introduction' },
  summary: {
    da: 'Bliv klog på, hvad et netværk kan, og se på dine egne kompetencer som netværksleder.',
    en: 'Learn what a network can do and take a look at your own skills as a network leader.',
  },
  goal: {
    da: 'Netværkslederen kender netværkets styrker og ved, hvor egne styrker og udviklingsområder ligger.',
    en: "The network leader knows the network's strengths and where their own strengths and growth areas lie.",
  },
  supplementary: null,
  checklist: [
    {
      id: 'introduktion-netvaerkets-styrker',
      text: {
        da: 'Læs om, hvad netværk kan, som den almindelige linjeorganisation har svært ved.',
        en: 'Read about what networks can do that the ordinary line organisation finds hard.',
      },
    },
    {
      id: 'introduktion-egne-kompetencer',
      text: {
        da: 'Gennemgå de kendte netværkslederkompetencer, og markér dine stærke og svage sider.',
        en: 'Go through the known network-leader competences and mark your strong and weak sides.',
      },
    },
    {
      id: 'introduktion-netvaerkstype',
      text: {
        da: 'Afklar, om du skal lede et innovations-, lærings- eller velfærdsnetværk.',
        en: 'Find out whether you will lead an innovation, learning or welfare network.',
      },
    },
    {
      id: 'introduktion-temaforslag',
      text: {
        da: 'Læs temaforslaget grundigt, og notér dine første spørgsmål.',
        en: 'Read the theme proposal closely and note your first questions.',
      },
    },
    {
      id: 'introduktion-uddannelse',
      text: {
        da: 'Overvej netværkslederuddannelsen – den er en fordel, men intet krav.',
        en: 'Consider the network-leader course – an advantage, not a requirement.',
      },
    },
  ],
  tasks: {
    netvaerksleder: [
      {
        da: 'Reflektér over dine egne kompetencer som netværksleder.',
        en: 'Reflect on your own skills as a network leader.',
      },
      { da: 'Sæt dig ind i netværksmodellen og temaet.', en: 'Get to know the network model and the theme.' },
    ],
    codriver: [
      {
        da: 'Sæt dig ind i co-driverrollen, hvis du allerede er udpeget.',
        en: 'Get to know the co-driver role if you have already been chosen.',
      },
    ],
    referenceleder: [
      { da: 'Sæt dig ind i temaet, og hvorfor det er valgt.', en: 'Get to know the theme and why it was chosen.' },
      { da: 'Overvej din egen aktie i udfordringen.', en: 'Consider your own stake in the challenge.' },
    ],
    personaleleder: [
      {
        da: 'Tal med netværkslederen om, hvad opgaven vil kræve.',
        en: 'Talk with the network leader about what the job will demand.',
      },
    ],
    deltager: [
      {
        da: 'Del din viden om temaet, hvis netværkslederen spørger allerede nu.',
        en: 'Share what you know about the theme if the network leader asks this early.',
      },
    ],
  },
};
