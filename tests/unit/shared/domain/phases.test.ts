import { describe, expect, it } from 'vitest';

import { NETWORK_TYPES } from '../../../../electron/shared/entities';
import { ROLE_IDS, findPhase, networkTypes, shippedPhaseModel } from '../../../../electron/shared/domain';

const phases = shippedPhaseModel.phases;
const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;

describe('shipped phase model', () => {
  it('has the phases the domain brief names, by Danish name and chapter number, in handbook order', () => {
    const known = phases.filter((phase) => phase.supplementary === null).map((phase) => [phase.number, phase.name.da]);
    expect(known).toEqual([
      [null, 'Introduktion'],
      ['1', 'Opstart af netværk'],
      ['2', 'Netværksdesign'],
      ['6', 'Idéudvikling og prioritering'],
      ['7', 'Konkretisering og test'],
      ['8', 'Evaluering og spredning'],
      [null, 'Afrunding'],
    ]);
  });

  it('places only supplementary phases between phase 2 and phase 6, without numbers and each with a reason', () => {
    const design = phases.findIndex((phase) => phase.number === '2');
    const ideas = phases.findIndex((phase) => phase.number === '6');
    const between = phases.slice(design + 1, ideas);
    expect(between.length).toBeGreaterThan(0);
    for (const phase of between) {
      expect(phase.supplementary?.why.da.length, phase.id).toBeGreaterThan(40);
      expect(phase.supplementary?.why.en.length, phase.id).toBeGreaterThan(40);
      expect(phase.number).toBeNull();
    }
    expect(phases.filter((phase) => phase.supplementary !== null)).toEqual(between);
  });

  it('brings the citizen perspective into the supplementary phases', () => {
    const text = phases
      .filter((phase) => phase.supplementary !== null)
      .flatMap((phase) => [phase.name.da, phase.summary.da, ...phase.checklist.map((item) => item.text.da)])
      .join(' ');
    expect(text.toLowerCase()).toContain('borger');
  });

  it('never numbers two phases alike', () => {
    const numbers = phases.map((phase) => phase.number).filter((n) => n !== null);
    expect(new Set(numbers).size).toBe(numbers.length);
  });

  it('gives every role between one and four tasks in every phase', () => {
    for (const phase of phases) {
      expect(Object.keys(phase.tasks).sort()).toEqual([...ROLE_IDS].sort());
      for (const role of ROLE_IDS) {
        const count = phase.tasks[role].length;
        expect(count, `${phase.id} × ${role}`).toBeGreaterThanOrEqual(1);
        expect(count, `${phase.id} × ${role}`).toBeLessThanOrEqual(4);
      }
    }
  });

  it('gives every phase a checklist of four to eight items', () => {
    for (const phase of phases) {
      expect(phase.checklist.length, phase.id).toBeGreaterThanOrEqual(4);
      expect(phase.checklist.length, phase.id).toBeLessThanOrEqual(8);
    }
  });

  it('uses unique kebab-case ids for phases and checklist items, prefixed by their phase', () => {
    const phaseIds = phases.map((phase) => phase.id);
    const itemIds = phases.flatMap((phase) => phase.checklist.map((item) => item.id));
    expect(new Set([...phaseIds, ...itemIds]).size).toBe(phaseIds.length + itemIds.length);
    for (const id of [...phaseIds, ...itemIds, shippedPhaseModel.id]) expect(id).toMatch(KEBAB);
    for (const phase of phases) {
      for (const item of phase.checklist) expect(item.id.startsWith(`${phase.id}-`), item.id).toBe(true);
    }
  });

  it('includes the start-up checklist step of finding a co-driver', () => {
    expect(findPhase(shippedPhaseModel, 'opstart')?.checklist.map((item) => item.id)).toContain(
      'opstart-find-co-driver',
    );
  });

  it('finds phases by id and returns undefined for unknown ones', () => {
    for (const phase of phases) expect(findPhase(shippedPhaseModel, phase.id)).toBe(phase);
    expect(findPhase(shippedPhaseModel, 'fase-3')).toBeUndefined();
  });

  it('does not name any one municipality', () => {
    expect(JSON.stringify(shippedPhaseModel).toLowerCase()).not.toContain('albertslund');
  });
});

describe('network types', () => {
  it('covers every network type the records know, keyed by its own id', () => {
    expect(Object.keys(networkTypes).sort()).toEqual([...NETWORK_TYPES].sort());
    for (const id of NETWORK_TYPES) expect(networkTypes[id].id).toBe(id);
  });

  it('carries the typical lengths from the brief', () => {
    expect(networkTypes.innovation.typicalMonths).toBeNull();
    expect(networkTypes.laering.typicalMonths).toBeGreaterThanOrEqual(4);
    expect(networkTypes.laering.typicalMonths).toBeLessThanOrEqual(5);
    expect(networkTypes.velfaerd.typicalMonths).toBe(6);
    expect(networkTypes.velfaerd.followedByTestPhase).toBe(true);
    expect(networkTypes.laering.followedByTestPhase).toBe(false);
  });
});
