import { describe, expect, it } from 'vitest';
import { da } from '../../../renderer/src/lib/i18n/messages-da';
import { en } from '../../../renderer/src/lib/i18n/messages-en';

/** Keys whose text is the same in both languages on purpose (names, formats). */
// Language names are written in their own language, so a reader finds their own.
const SAME_IN_BOTH = new Set(['app.name', 'common.datePlaceholder', 'settings.lang.da', 'settings.lang.en']);
/** Words spelled the same in Danish and English. */
const SAME_WORDS = new Set([
  'Status',
  'Ambition',
  'E-mail',
  'Version',
  'Co-driver',
  'Walk-and-talk',
  'Pause',
  'Note',
  'min',
  'Person',
]);

/** True when a text has nothing to translate: only placeholders, signs, or words spelled alike. */
function nothingToTranslate(text: string): boolean {
  const words = text.replace(/\{\w+\}/g, '').match(/\p{L}[\p{L}-]*/gu) ?? [];
  return words.every((word) => SAME_WORDS.has(word));
}
const DANISH_LETTERS = /[æøåÆØÅ]/;
/** Danish words that give away an untranslated English text (whole words, lower case). */
const DANISH_WORDS = /\b(og|ikke|netværk|møde|mødet|aftale|gem|slet|tilføj|vælg|fortryd)\b/i;
/** Proper nouns that keep their Danish letters in English. */
const DANISH_NAMES = /Ledelsesrum|Chefforum|«|»/;

describe('the message catalogues', () => {
  it('have the same keys in Danish and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(da).sort());
  });

  it('have no empty texts', () => {
    for (const [key, text] of [...Object.entries(da), ...Object.entries(en)]) expect(text.trim(), key).not.toBe('');
  });

  it('translate every text: no Danish left in the English UI', () => {
    const untranslated = Object.keys(da).filter((key) => {
      const english = en[key as keyof typeof en];
      if (SAME_IN_BOTH.has(key) || nothingToTranslate(english)) return false;
      if (english === da[key as keyof typeof da]) return true;
      const withoutNames = english.replace(DANISH_NAMES, '');
      return DANISH_LETTERS.test(withoutNames) || DANISH_WORDS.test(withoutNames);
    });
    expect(untranslated).toEqual([]);
  });

  it('keep the same placeholders in both languages', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    const mismatched = Object.keys(da).filter(
      (key) =>
        JSON.stringify(placeholders(da[key as keyof typeof da])) !==
        JSON.stringify(placeholders(en[key as keyof typeof en])),
    );
    expect(mismatched).toEqual([]);
  });
});
