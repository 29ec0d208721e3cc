/** Picking one language out of a LocalizedText. */

import type { Lang, LocalizedText } from './types';

/** The text in the chosen language; the data guarantees both languages, so there is no fallback. */
export function t(text: LocalizedText, lang: Lang): string {
  return text[lang];
}
