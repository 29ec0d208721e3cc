import { describe, expect, it } from 'vitest';

import {
  HOLDER_ROLE_IDS,
  ROLE_IDS,
  isRoleId,
  netvaerkslederCompetences,
  roles,
} from '../../../../electron/shared/domain';

describe('roles', () => {
  it('lists every role once, in display order, keyed by its own id', () => {
    expect(new Set(ROLE_IDS).size).toBe(ROLE_IDS.length);
    expect(Object.keys(roles).sort()).toEqual([...ROLE_IDS].sort());
    for (const id of ROLE_IDS) expect(roles[id].id).toBe(id);
    expect(ROLE_IDS[0]).toBe('netvaerksleder');
  });

  it('has every role the domain brief names, by Danish name', () => {
    const names = ROLE_IDS.map((id) => roles[id].name.da);
    for (const name of ['Netværksleder', 'Co-driver', 'Referenceleder', 'Personaleleder', 'Netværksdeltager']) {
      expect(names).toContain(name);
    }
  });

  it('treats every role but the participants as held by one person', () => {
    expect(HOLDER_ROLE_IDS).toEqual(ROLE_IDS.filter((id) => id !== 'deltager'));
    for (const id of ROLE_IDS)
      expect(roles[id].holderRequired).toBe((HOLDER_ROLE_IDS as readonly string[]).includes(id));
  });

  it('shows exactly the seven known network-leader competences, as the leader competences', () => {
    expect(netvaerkslederCompetences).toHaveLength(7);
    expect(roles.netvaerksleder.competences).toEqual(netvaerkslederCompetences);
    expect(new Set(netvaerkslederCompetences.map((c) => c.da)).size).toBe(7);
  });

  it('describes what each role gives to and gets from every other role, never itself', () => {
    for (const id of ROLE_IDS) {
      const role = roles[id];
      const partners = role.relations.map((relation) => relation.with);
      expect(partners).not.toContain(id);
      expect([...partners].sort()).toEqual(ROLE_IDS.filter((other) => other !== id).sort());
      for (const relation of role.relations) {
        expect(relation.gives.length).toBeGreaterThan(0);
        expect(relation.gets.length).toBeGreaterThan(0);
      }
    }
  });

  it('gives every role responsibilities, competences and key moments', () => {
    for (const id of ROLE_IDS) {
      const role = roles[id];
      expect(role.responsibilities.length, id).toBeGreaterThanOrEqual(3);
      expect(role.competences.length, id).toBeGreaterThanOrEqual(3);
      expect(role.keyMoments.length, id).toBeGreaterThanOrEqual(2);
    }
  });

  it('keeps the short description to one line and the purpose to two or three sentences', () => {
    for (const id of ROLE_IDS) {
      const role = roles[id];
      expect(role.shortDescription.da).not.toContain('\n');
      for (const text of [role.purpose.da, role.purpose.en]) {
        const sentences = text.split(/(?<=[.?!])\s+/).filter(Boolean);
        expect(sentences.length, `${id}: ${text}`).toBeGreaterThanOrEqual(2);
        expect(sentences.length, `${id}: ${text}`).toBeLessThanOrEqual(3);
      }
    }
  });

  it('recognises role ids and rejects anything else', () => {
    for (const id of ROLE_IDS) expect(isRoleId(id)).toBe(true);
    for (const value of ['sekretariat', 'Netværksleder', '', null, 3, undefined]) expect(isRoleId(value)).toBe(false);
  });
});
