import type { Reflection } from './reflection';
import { plainReflectionText } from './reflection-markup';

/** How many characters of an entry's text the journal shows under its title. */
export const REFLECTION_PREVIEW_LENGTH = 220;

/**
 * An entry as the journal lists it: every field but the written text, which is cut down to a short
 * plain preview. Years of entries are listed at once, and their full text would only sit in memory.
 */
export interface ReflectionSummary extends Omit<Reflection, 'body' | 'answers'> {
  /** The start of the body and the answers as plain text, cut with " …" when longer. */
  preview: string;
}

/** The plain preview of an entry's body and answers. */
export function reflectionPreview(entry: Pick<Reflection, 'body' | 'answers'>): string {
  const text = [plainReflectionText(entry.body), ...entry.answers.map((a) => plainReflectionText(a.text))]
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > REFLECTION_PREVIEW_LENGTH ? `${text.slice(0, REFLECTION_PREVIEW_LENGTH).trimEnd()} …` : text;
}

/** The summary of an entry; a preview already made for the same text can be passed in. */
export function summarizeReflection(entry: Reflection, preview = reflectionPreview(entry)): ReflectionSummary {
  const { body: _body, answers: _answers, ...fields } = entry;
  return { ...fields, preview };
}
