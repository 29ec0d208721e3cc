/** The three kinds of network and their typical length, offered when a network is created. */

import type { NetworkType } from '../entities';
import type { NetworkTypeDefinition } from './types';

/** Each network type keyed by id; display order lives with the entity (NETWORK_TYPES). */
export const networkTypes: Record<NetworkType, NetworkTypeDefinition> = {
  innovation: {
    id: 'innovation',
    name: { da: 'Innovationsnetværk', en: 'Innovation network' },
    description: {
      da: 'Arbejder med radikal nytænkning med udgangspunkt i politiske visioner. Referencelederen er på direktørniveau, og Chefforum tager løbende stilling til forløbet.',
      en: 'Works on radical innovation starting from political visions. The reference leader is at director level, and the chief forum reviews the course along the way.',
    },
    typicalMonths: null,
    durationNote: { da: 'Ingen fast varighed', en: 'No fixed length' },
    followedByTestPhase: false,
  },
  laering: {
    id: 'laering',
    name: { da: 'Læringsnetværk', en: 'Learning network' },
    description: {
      da: 'Opbygger ny viden, som hver deltager skal omsætte i sin egen del af basis.',
      en: 'Builds new knowledge that each participant must put to use in their own part of the line organisation.',
    },
    typicalMonths: 5,
    durationNote: { da: '4–5 måneder', en: '4–5 months' },
    followedByTestPhase: false,
  },
  velfaerd: {
    id: 'velfaerd',
    name: { da: 'Velfærdsnetværk', en: 'Welfare network' },
    description: {
      da: 'Skaber hverdagsinnovation i de velfærdsopgaver, der løses tæt på borgerne. Netværket kan kobles til et fagudvalg.',
      en: 'Creates everyday innovation in welfare work done close to citizens. The network may be linked to a specialist committee.',
    },
    typicalMonths: 6,
    durationNote: { da: 'Omkring 6 måneder og derefter en testfase', en: 'About 6 months, then a test phase' },
    followedByTestPhase: true,
  },
};
