/**
 * The co-driver's reflection themes and guiding questions. Before- and after-meeting sets differ on
 * purpose: before looks ahead to choices, after looks back on what happened.
 */

import { parseCalendarDate, toDayNumber } from '../time/calendar-date';
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
  {
    id: 'inddragelse',
    name: { da: 'Borgere og politikere', en: 'Citizens and politicians' },
    description: {
      da: 'Hvordan netværket får borgere, politikere og andre samarbejdspartnere med, så deres stemmer gør en forskel.',
      en: 'How the network brings in citizens, politicians and other partners so that their voices make a difference.',
    },
  },
  {
    id: 'temafeltet',
    name: { da: 'At navigere i temaet', en: 'Navigating the theme' },
    description: {
      da: 'Overblikket over det felt, netværket arbejder i: aktørerne, den viden der findes, og det der rører sig.',
      en: 'An overview of the field the network works in: the players, the knowledge there is, and what is going on.',
    },
  },
  {
    id: 'strategiske-valg',
    name: { da: 'Strategiske valg', en: 'Strategic choices' },
    description: {
      da: 'De bevidste valg om retning og prioritering, også om hvad netværket lader ligge.',
      en: 'The deliberate choices of direction and priority, including what the network leaves aside.',
    },
  },
  {
    id: 'til-netvaerkslederen',
    name: { da: 'Spørgsmål til netværkslederen', en: 'Questions for the network leader' },
    description: {
      da: 'Spørgsmål, co-driveren kan stille i opsamlingen, så netværkslederen får rum til at tænke højt om sine valg.',
      en: 'Questions the co-driver can ask in the wrap-up, giving the network leader room to think aloud about their choices.',
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

/** How many questions an entry suggests; the others wait behind "vis flere". */
export const SUGGESTED_PROMPT_COUNT = 3;

/**
 * The questions an entry suggests: for its kind, from the themes the writer has picked (every theme
 * when none is picked), without those the writer has hidden. They are taken round the themes in turn,
 * so the suggestions come from different themes where they can, and moved on by the entry's date:
 * a later entry brings other questions, while one entry always shows the same ones.
 */
export function suggestedPrompts(
  kind: ReflectionKind,
  date: string,
  themeIds: readonly ReflectionThemeId[],
  hiddenIds: readonly string[],
): ReflectionPrompt[] {
  const themes = reflectionThemes.filter((theme) => themeIds.length === 0 || themeIds.includes(theme.id));
  const perTheme = themes.map((theme) =>
    promptsForReflection(kind, theme.id).filter((prompt) => !hiddenIds.includes(prompt.id)),
  );
  const rounds = Math.max(0, ...perTheme.map((prompts) => prompts.length));
  const inTurn: ReflectionPrompt[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const prompts of perTheme) {
      const prompt = prompts[round];
      if (prompt) inTurn.push(prompt);
    }
  }
  const count = Math.min(SUGGESTED_PROMPT_COUNT, inTurn.length);
  if (count === 0) return [];
  const n = inTurn.length;
  const start = (((dayNumberOf(date) * SUGGESTED_PROMPT_COUNT) % n) + n) % n;
  return Array.from({ length: count }, (_, i) => inTurn[(start + i) % n] as ReflectionPrompt);
}

// An entry whose date is not a calendar date (never stored so) still gets the first questions.
function dayNumberOf(date: string): number {
  const parts = parseCalendarDate(date);
  return parts === null ? 0 : toDayNumber(parts);
}
