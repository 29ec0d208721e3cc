import { describe, expect, it } from 'vitest';

import {
  REFLECTION_KINDS,
  promptsForReflection,
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
    ]);
    expect(new Set(themeIds).size).toBe(themeIds.length);
  });

  it('uses unique prompt ids and only known themes', () => {
    const ids = reflectionPrompts.map((prompt) => prompt.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const prompt of reflectionPrompts) expect(themeIds).toContain(prompt.themeId);
  });

  it('offers at least three prompts per theme, with differing before and after sets', () => {
    for (const themeId of themeIds) {
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

  it('labels every entry kind', () => {
    expect(Object.keys(reflectionKindLabels).sort()).toEqual([...REFLECTION_KINDS].sort());
  });
});
