/**
 * The app speaks to its users about their networks; it never speaks of itself as "we", and never
 * points at "the sources" or at "our additions", which users have no way to place. Checked over the
 * domain data, the UI catalogues and the Word documents' fixed words.
 */

import { describe, expect, it } from 'vitest';
import { appTexts, type AppText } from './app-texts';

/** Words that point at material the user never sees, or at the app's makers. */
const NEVER: Record<'da' | 'en', RegExp> = {
  da: /\bkild(e|en|er|erne)\b|\bvores (tilføjelse|eget forslag)/i,
  en: /\bsources?\b|\bour (addition|own suggestion)/i,
};

/** First person plural. */
const WE: Record<'da' | 'en', RegExp> = {
  da: /\b(vi|vores|vor|vore|os)\b/i,
  en: /\b(we|our|ours|us)\b/i,
};

/**
 * Texts written in the users' own voice, where "we" is the people at the meeting or the parties to
 * an agreement: examples of what they write, agenda lines, the co-driver's questions to herself.
 */
const USERS_VOICE: RegExp[] = [
  /^domain\.agreementDefinitions\.\w+\.topics\[\d+\]\.example$/,
  /^domain\.reflectionPrompts\[\d+\]\.text$/,
  /^domain\.reflectionThemes\[\d+\]\.description$/,
  /^domain\.meetingTemplates\[\d+\]\.items\[\d+\]\.(title|purpose)$/,
  /^domain\.meetingMethods\[\d+\]\.help$/,
  /^catalogue:meetings\.field\.desiredOutcome$/,
  /^document:meeting\.desiredOutcome$/,
  /^document:agreement\.(agreed|signaturesText)$/,
];

const inUsersVoice = (text: AppText): boolean => USERS_VOICE.some((pattern) => pattern.test(text.where));
const show = (text: AppText): string => `${text.where} (${text.lang}): ${text.text}`;

describe('the app speaks in user words', () => {
  const texts = appTexts();

  it('walks the domain data, every catalogue key and the documents in both languages', () => {
    for (const prefix of ['domain.', 'catalogue:', 'document:']) {
      for (const lang of ['da', 'en'] as const)
        expect(texts.filter((t) => t.where.startsWith(prefix) && t.lang === lang).length).toBeGreaterThan(40);
    }
  });

  it('never mentions "kilderne", "vores tilføjelse" or the like', () => {
    expect(texts.filter((t) => NEVER[t.lang].test(t.text)).map(show)).toEqual([]);
  });

  it('never says "vi" or "we" for the app; only users speak as "we" in their own texts', () => {
    expect(texts.filter((t) => WE[t.lang].test(t.text) && !inUsersVoice(t)).map(show)).toEqual([]);
  });

  it('would catch the wordings it is there to keep out', () => {
    for (const old of [
      'Kilderne nævner dem ikke direkte, men de gør aftalen lettere at bruge.',
      'vores tilføjelse',
      'Vores eget forslag: netværket henter viden hos borgere.',
    ])
      expect(NEVER.da.test(old), old).toBe(true);
    expect(WE.da.test('De syv, vi kender ordlyden af, står her.')).toBe(true);
    expect(NEVER.en.test("The network model's public sources do not describe this phase.")).toBe(true);
    expect(WE.en.test('The seven whose wording we know are listed here.')).toBe(true);
  });

  it('keeps the list of texts in the users voice honest: each pattern still matches a text that says "we"', () => {
    const unused = USERS_VOICE.filter(
      (pattern) => !texts.some((t) => pattern.test(t.where) && WE[t.lang].test(t.text)),
    ).map(String);
    expect(unused).toEqual([]);
  });
});
