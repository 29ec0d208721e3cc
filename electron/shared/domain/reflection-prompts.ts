/**
 * The co-driver's reflection themes and guiding questions. Before- and after-meeting sets differ on
 * purpose: before looks ahead to choices, after looks back on what happened.
 */

import { reflectionPrompts } from './reflection-prompt-data';
import type {
  LocalizedText,
  ReflectionKind,
  ReflectionPrompt,
  ReflectionPromptKind,
  ReflectionTheme,
  ReflectionThemeId,
} from './types';

export { reflectionPrompts };

/** Entry kinds in display order. */
export const REFLECTION_KINDS: readonly ReflectionKind[] = ['foer', 'efter', 'fri'];

/** When a guiding question is asked: before, after, or both. */
export const REFLECTION_PROMPT_KINDS: readonly ReflectionPromptKind[] = ['foer', 'efter', 'begge'];

/** What each entry kind is called on screen and in exports. */
export const reflectionKindLabels: Record<ReflectionKind, LocalizedText> = {
  foer: { da: 'Før mødet', en: 'Before the meeting' },
  efter: { da: 'Efter mødet', en: 'After the meeting' },
  fri: { da: 'Fri refleksion', en: 'Free reflection' },
};

/** The themes in display order. */
export const reflectionThemes: ReflectionTheme[] = [
  {
    id: 'mod',
    name: { da: 'Mod', en: 'Courage' },
    description: {
      da: 'Hvor tør vi gå nye veje, og hvor holder vi os tilbage?',
      en: 'Where do we dare to try new paths, and where do we hold back?',
    },
  },
  {
    id: 'fremdrift',
    name: { da: 'Fremdrift', en: 'Progress' },
    description: {
      da: 'Bevæger netværket sig, også når målet ikke er kendt på forhånd?',
      en: 'Is the network moving, even when the goal is not known in advance?',
    },
  },
  {
    id: 'risikovillighed',
    name: { da: 'Risikovillighed', en: 'Willingness to take risks' },
    description: {
      da: 'Hvor meget usikkerhed vil vi acceptere for at lære noget nyt?',
      en: 'How much uncertainty will we accept in order to learn something new?',
    },
  },
  {
    id: 'laerings-og-refleksionsrum',
    name: { da: 'Lærings- og refleksionsrum', en: 'Space for learning and reflection' },
    description: {
      da: 'Tiden og trygheden til at tænke højt om ledelsesvalg og lære af dem.',
      en: 'The time and safety to think aloud about leadership choices and learn from them.',
    },
  },
  {
    id: 'sparring',
    name: { da: 'Sparring med netværkslederen', en: 'Sparring with the network leader' },
    description: {
      da: 'Hvordan samarbejdet mellem co-driver og netværksleder fungerer før og efter møderne.',
      en: 'How the co-driver and the network leader work together before and after meetings.',
    },
  },
  {
    id: 'sidemandslaering',
    name: { da: 'Sidemandslæring', en: 'Learning side by side' },
    description: {
      da: 'Det, co-driveren lærer om netværksledelse ved at arbejde tæt sammen med netværkslederen.',
      en: 'What the co-driver learns about network leadership by working closely with the network leader.',
    },
  },
  {
    id: 'forankring',
    name: { da: 'Forankring i basis', en: 'Anchoring in the line organisation' },
    description: {
      da: 'Om det, netværket skaber, kan leve videre i den almindelige organisation.',
      en: 'Whether what the network creates can live on in the ordinary organisation.',
    },
  },
];

/**
 * The prompts offered for an entry kind, optionally for one theme. A free entry gets the prompts
 * that suit any moment, so it is guided without being tied to a meeting.
 */
export function promptsForReflection(kind: ReflectionKind, themeId?: ReflectionThemeId): ReflectionPrompt[] {
  return reflectionPrompts.filter(
    (prompt) =>
      (prompt.kind === 'begge' || prompt.kind === kind) && (themeId === undefined || prompt.themeId === themeId),
  );
}
