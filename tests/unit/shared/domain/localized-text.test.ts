import { describe, expect, it } from 'vitest';

import * as domain from '../../../../electron/shared/domain';
import { collectLocalizedTexts } from './collect-localized-texts';

/** Words that are the same in both languages, so an identical translation is correct. */
const SAME_IN_BOTH_LANGUAGES = new Set(['Co-driver', 'Walk-and-talk']);

const collected = collectLocalizedTexts(domain, 'domain');

describe('every LocalizedText in the domain data', () => {
  it('is found by the walk in every kind of export', () => {
    const found = new Set(collected.texts.map((entry) => entry.path));
    expect(found).toContain('domain.roles.netvaerksleder.name');
    expect(found).toContain('domain.shippedPhaseModel.phases[0].name');
    expect(found).toContain('domain.shippedPhaseModel.phases[1].tasks.deltager[0]');
    expect(found).toContain('domain.networkTypes.velfaerd.durationNote');
    expect(found).toContain('domain.meetingMethods[0].help');
    expect(found).toContain('domain.meetingTemplates[0].items[0].purpose');
    expect(found).toContain('domain.reflectionPrompts[0].text');
    expect(found).toContain('domain.reflectionKindLabels.fri');
    expect(found).toContain('domain.agendaItemKindLabels.pause');
    expect(found).toContain('domain.agreementDefinitions.codriver.topics[0].example');
    expect(found).toContain('domain.netvaerkslederCompetences[6]');
  });

  it('always carries both languages', () => {
    expect(collected.malformed).toEqual([]);
  });

  it('has non-empty, trimmed Danish and English', () => {
    const bad = collected.texts
      .filter(({ text }) => [text.da, text.en].some((s) => s.length === 0 || s !== s.trim() || /\s{2,}/.test(s)))
      .map((entry) => entry.path);
    expect(bad).toEqual([]);
  });

  it('is actually translated, apart from words shared by both languages', () => {
    const untranslated = collected.texts
      .filter(({ text }) => text.da === text.en && !SAME_IN_BOTH_LANGUAGES.has(text.da))
      .map((entry) => `${entry.path}: ${entry.text.da}`);
    expect(untranslated).toEqual([]);
  });

  it('keeps the allowlist honest: every allowed word is really used', () => {
    const identical = new Set(collected.texts.filter(({ text }) => text.da === text.en).map(({ text }) => text.da));
    expect([...SAME_IN_BOTH_LANGUAGES].filter((word) => !identical.has(word))).toEqual([]);
  });

  it('ends full sentences the same way in both languages', () => {
    const mismatched = collected.texts
      .filter(({ text }) => /[.?!]$/.test(text.da) !== /[.?!]$/.test(text.en))
      .map((entry) => `${entry.path}: ${entry.text.da} | ${entry.text.en}`);
    expect(mismatched).toEqual([]);
  });
});

describe('t', () => {
  it('returns the text in the requested language', () => {
    const name = domain.roles.personaleleder.name;
    expect(domain.t(name, 'da')).toBe(name.da);
    expect(domain.t(name, 'en')).toBe(name.en);
    expect(domain.t(name, 'da')).not.toBe(domain.t(name, 'en'));
  });
});
