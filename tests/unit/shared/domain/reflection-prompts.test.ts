import { describe, expect, it } from 'vitest';

import {
  REFLECTION_KINDS,
  SUGGESTED_PROMPT_COUNT,
  promptsForReflection,
  suggestedPrompts,
  reflectionKindLabels,
  reflectionPrompts,
  reflectionThemes,
} from '../../../../electron/shared/domain';

const themeIds = reflectionThemes.map((theme) => theme.id);

describe('reflection themes and prompts', () => {
  it('has the themes the co-driver works with, by Danish name', () => {
    expect(reflectionThemes.map((theme) => theme.name.da)).toEqual([
      'Mod',
      'Fremdrift',
      'Risikovillighed',
      'Lærings- og refleksionsrum',
      'Sparring med netværkslederen',
      'Sidemandslæring',
      'Forankring i basis',
      'Borgere og politikere',
      'At navigere i temaet',
      'Strategiske valg',
      'Spørgsmål til netværkslederen',
    ]);
    expect(new Set(themeIds).size).toBe(themeIds.length);
  });

  it('uses unique prompt ids and only known themes', () => {
    const ids = reflectionPrompts.map((prompt) => prompt.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const prompt of reflectionPrompts) expect(themeIds).toContain(prompt.themeId);
  });

  it('offers at least three prompts per theme, with differing before and after sets', () => {
    // The questions for the network leader belong to the wrap-up after a meeting only.
    expect(promptsForReflection('efter', 'til-netvaerkslederen').length).toBeGreaterThanOrEqual(3);
    expect(promptsForReflection('foer', 'til-netvaerkslederen')).toEqual([]);
    for (const themeId of themeIds.filter((id) => id !== 'til-netvaerkslederen')) {
      expect(reflectionPrompts.filter((prompt) => prompt.themeId === themeId).length, themeId).toBeGreaterThanOrEqual(
        3,
      );
      const before = promptsForReflection('foer', themeId).map((prompt) => prompt.id);
      const after = promptsForReflection('efter', themeId).map((prompt) => prompt.id);
      expect(before.length, themeId).toBeGreaterThanOrEqual(3);
      expect(after.length, themeId).toBeGreaterThanOrEqual(3);
      expect(before.filter((id) => !after.includes(id)).length, themeId).toBeGreaterThan(0);
      expect(after.filter((id) => !before.includes(id)).length, themeId).toBeGreaterThan(0);
    }
  });

  it('picks prompts by entry kind: own kind plus those for any time; free entries get only the latter', () => {
    for (const kind of REFLECTION_KINDS) {
      const picked = promptsForReflection(kind);
      const expected = reflectionPrompts.filter((prompt) => prompt.kind === 'begge' || prompt.kind === kind);
      expect(picked).toEqual(expected);
    }
    expect(promptsForReflection('fri').every((prompt) => prompt.kind === 'begge')).toBe(true);
    expect(promptsForReflection('fri').length).toBeGreaterThan(0);
  });

  it('phrases every prompt as a question in both languages', () => {
    for (const prompt of reflectionPrompts) {
      expect(prompt.text.da.endsWith('?'), prompt.id).toBe(true);
      expect(prompt.text.en.endsWith('?'), prompt.id).toBe(true);
    }
  });

  it('asks open questions, and before a meeting never speaks of it as today or as past', () => {
    for (const prompt of reflectionPrompts) {
      expect(prompt.text.da, prompt.id).toMatch(/^Hv/);
      expect(prompt.text.en, prompt.id).toMatch(/^(What|Where|When|Who|Whom|Which|How|Whose|Why)\b/);
    }
    for (const prompt of reflectionPrompts.filter((p) => p.kind !== 'efter')) {
      expect(prompt.text.da, prompt.id).not.toMatch(/\bi dag\b|\bdagens\b/i);
      expect(prompt.text.en, prompt.id).not.toMatch(/\btoday\b/i);
    }
  });

  it('labels every entry kind', () => {
    expect(Object.keys(reflectionKindLabels).sort()).toEqual([...REFLECTION_KINDS].sort());
  });
});

describe('the questions an entry suggests', () => {
  it('suggests at most three, for the entry kind, from different themes', () => {
    for (const kind of REFLECTION_KINDS) {
      const picked = suggestedPrompts(kind, '2026-11-23', [], []);
      expect(picked.length).toBe(SUGGESTED_PROMPT_COUNT);
      expect(SUGGESTED_PROMPT_COUNT).toBeLessThanOrEqual(3);
      for (const prompt of picked) expect(['begge', kind]).toContain(prompt.kind);
      expect(new Set(picked.map((p) => p.themeId)).size).toBe(picked.length);
    }
  });

  it('takes them from the themes the writer picks, leaving out hidden ones', () => {
    for (let day = 1; day <= 28; day++) {
      const date = `2026-02-${String(day).padStart(2, '0')}`;
      const picked = suggestedPrompts('foer', date, ['inddragelse', 'strategiske-valg'], ['inddragelse-foer-1']);
      expect(picked.length).toBeGreaterThanOrEqual(2);
      for (const prompt of picked) expect(['inddragelse', 'strategiske-valg']).toContain(prompt.themeId);
      expect(picked.map((p) => p.id)).not.toContain('inddragelse-foer-1');
    }
    expect(suggestedPrompts('efter', '2026-02-01', ['til-netvaerkslederen'], []).map((p) => p.themeId)).toEqual([
      'til-netvaerkslederen',
      'til-netvaerkslederen',
      'til-netvaerkslederen',
    ]);
  });

  it('gives one entry the same questions every time and moves on to others over the days', () => {
    const ids = (date: string) => suggestedPrompts('foer', date, [], []).map((p) => p.id);
    expect(ids('2026-11-23')).toEqual(ids('2026-11-23'));
    expect(ids('2026-11-24')).not.toEqual(ids('2026-11-23'));
    const seen = new Set<string>();
    for (let i = 0; i < 10; i++) for (const id of ids(`2026-12-${String(i + 1).padStart(2, '0')}`)) seen.add(id);
    expect(seen.size).toBe(promptsForReflection('foer').length);
  });
});
