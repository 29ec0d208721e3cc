import { describe, expect, it } from 'vitest';

import { COUNTERPART_ROLES, agreementDefinitions, roles } from '../../../../electron/shared/domain';

describe('agreement definitions', () => {
  it('covers the three counterparts, each keyed by its own role', () => {
    expect(Object.keys(agreementDefinitions).sort()).toEqual([...COUNTERPART_ROLES].sort());
    for (const role of COUNTERPART_ROLES) {
      expect(agreementDefinitions[role].counterpart).toBe(role);
      expect(roles[role].holderRequired).toBe(true);
    }
  });

  it('offers five to eight preparation questions per counterpart', () => {
    for (const role of COUNTERPART_ROLES) {
      const count = agreementDefinitions[role].preparationQuestions.length;
      expect(count, role).toBeGreaterThanOrEqual(5);
      expect(count, role).toBeLessThanOrEqual(8);
    }
  });

  it('puts the topics the sources name before the inferred ones', () => {
    for (const role of COUNTERPART_ROLES) {
      const flags = agreementDefinitions[role].topics.map((topic) => topic.inferred);
      const firstInferred = flags.indexOf(true);
      expect(firstInferred, role).toBeGreaterThan(0);
      expect(flags.slice(firstInferred).every(Boolean), role).toBe(true);
    }
  });

  it('never requires an inferred topic', () => {
    for (const role of COUNTERPART_ROLES) {
      for (const topic of agreementDefinitions[role].topics) {
        if (topic.inferred) expect(topic.required, topic.id).toBe(false);
      }
      expect(
        agreementDefinitions[role].topics.some((topic) => topic.required),
        role,
      ).toBe(true);
    }
  });

  it('adds escalation and review as inferred topics for every counterpart', () => {
    for (const role of COUNTERPART_ROLES) {
      const inferredIds = agreementDefinitions[role].topics.filter((t) => t.inferred).map((t) => t.id);
      expect(inferredIds, role).toContain(`${role}-eskalering`);
      expect(inferredIds, role).toContain(`${role}-revision`);
    }
  });

  it('starts with the topics the brief names for each counterpart', () => {
    const named = (role: (typeof COUNTERPART_ROLES)[number]): string[] =>
      agreementDefinitions[role].topics.filter((t) => !t.inferred).map((t) => t.title.da);
    expect(named('personaleleder')).toEqual(
      expect.arrayContaining([
        'Tidsmæssig balance mellem basis og netværk',
        'Dage i netværkssekretariatet',
        'Kompetenceudvikling',
      ]),
    );
    expect(named('referenceleder')[0]).toBe('Roller og gensidige forventninger');
    expect(named('referenceleder')).toEqual(
      expect.arrayContaining(['Strategisk forankring', 'Finansiering af testfasen', 'Politisk inddragelse']),
    );
    expect(named('codriver')).toEqual(['Co-driverens kompetencer', 'Udviklingsforløbet', 'Tydelige forventninger']);
  });

  it('uses ids that are unique across all counterparts and carry the counterpart as prefix', () => {
    const ids = COUNTERPART_ROLES.flatMap((role) => {
      const definition = agreementDefinitions[role];
      return [...definition.preparationQuestions, ...definition.topics].map((entry) => {
        expect(entry.id.startsWith(`${role}-`), entry.id).toBe(true);
        return entry.id;
      });
    });
    expect(new Set(ids).size).toBe(ids.length);
  });
});
