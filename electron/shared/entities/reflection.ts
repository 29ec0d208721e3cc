import * as v from 'valibot';
import { REFLECTION_KINDS, REFLECTION_PROMPT_KINDS, reflectionThemes } from '../domain/reflection-prompts';
import type { ReflectionThemeId } from '../domain/types';
import { baseRecordEntries, calendarDate, DOMAIN_ID_MAX, idField, intRange, longText, shortText } from './fields';

/** Lowest and highest point on the energy and progress scales. */
export const REFLECTION_SCALE = { min: 1, max: 5 } as const;

/** The most tags one entry can carry; more would stop being a filter. */
export const REFLECTION_MAX_TAGS = 20;

/** The longest tag. */
export const REFLECTION_TAG_MAX = 60;

/** The longest guiding question the writer can add. */
export const OWN_PROMPT_MAX = 300;

/** A shipped prompt's id (kebab-case, from the domain data) or an own prompt's ("egen-…"). */
export const promptIdField = v.pipe(v.string(), v.minLength(1), v.maxLength(DOMAIN_ID_MAX), v.regex(/^[a-z0-9-]+$/));

/** A tag as stored: inputs trim it, so it is never blank. */
export const tagField = v.pipe(v.string(), v.minLength(1), v.maxLength(REFLECTION_TAG_MAX));

/** A point on the energy or progress scale, null when not rated. */
export const scaleField = v.nullable(intRange(REFLECTION_SCALE.min, REFLECTION_SCALE.max));

/** The answer the writer gave to one guiding question; a skipped question has no answer. */
export const reflectionAnswerSchema = v.object({
  promptId: promptIdField,
  /** The question as it read when answered, so the entry still makes sense if the prompt is later removed. */
  question: longText,
  text: longText,
});
export type ReflectionAnswer = v.InferOutput<typeof reflectionAnswerSchema>;

/** A co-driver's reflection entry: before a meeting, after it, or free. */
export const reflectionSchema = v.object({
  ...baseRecordEntries,
  networkId: v.nullable(idField),
  meetingId: v.nullable(idField),
  kind: v.picklist(REFLECTION_KINDS),
  /** YYYY-MM-DD: the day the entry is about. */
  date: calendarDate,
  title: shortText,
  /** Free text in the journal's small markup (paragraphs, **bold**, *italic*, "- " bullets). */
  body: longText,
  answers: v.array(reflectionAnswerSchema),
  tags: v.pipe(v.array(tagField), v.maxLength(REFLECTION_MAX_TAGS)),
  /** 1–5, null when not rated. */
  energy: scaleField,
  /** 1–5, null when not rated. */
  progress: scaleField,
  /** A private entry never leaves the laptop: no export includes it. */
  private: v.boolean(),
  /** True when the writer chose to write freely without the guiding questions. */
  promptsHidden: v.boolean(),
});
export type Reflection = v.InferOutput<typeof reflectionSchema>;

/** When a guiding question is asked, as a field. */
export const REFLECTION_PROMPT_KINDS_FIELD = v.picklist(REFLECTION_PROMPT_KINDS);

/** A guiding question the co-driver wrote themselves. */
export const ownReflectionPromptSchema = v.object({
  id: promptIdField,
  kind: REFLECTION_PROMPT_KINDS_FIELD,
  text: v.pipe(v.string(), v.maxLength(OWN_PROMPT_MAX)),
});
export type OwnReflectionPrompt = v.InferOutput<typeof ownReflectionPromptSchema>;

/** The co-driver's own choice of guiding questions, kept beside the entries. */
export const reflectionPromptSettingsSchema = v.object({
  /** Shipped prompts the writer does not want to see. */
  hiddenPromptIds: v.array(promptIdField),
  ownPrompts: v.array(ownReflectionPromptSchema),
  /**
   * The themes the writer wants questions from; none means every theme. Absent in settings saved
   * before themes could be picked; ids a later build no longer knows are dropped on reading.
   */
  themeIds: v.optional(
    v.pipe(
      v.array(v.pipe(v.string(), v.maxLength(DOMAIN_ID_MAX))),
      v.transform((ids) => ids.filter(isThemeId)),
    ),
    () => [],
  ),
});
export type ReflectionPromptSettings = v.InferOutput<typeof reflectionPromptSettingsSchema>;

function isThemeId(id: string): id is ReflectionThemeId {
  return reflectionThemes.some((theme) => theme.id === id);
}
