import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { shippedPhaseModel } from '../../../../electron/shared/domain/phases';
import { phaseModelFileText, phaseModelSchema, readPhaseModelFile } from '../../../../electron/shared/entities';

describe('the phase model as stored and shared', () => {
  it('accepts the built-in model and reads back the file it writes', () => {
    expect(v.safeParse(phaseModelSchema, shippedPhaseModel).success).toBe(true);
    const reading = readPhaseModelFile(phaseModelFileText(shippedPhaseModel));
    expect(reading).toEqual({ ok: true, model: shippedPhaseModel });
  });

  const good = JSON.parse(phaseModelFileText(shippedPhaseModel)) as { model: { phases: Record<string, unknown>[] } };
  const variant = (change: (file: typeof good) => void): string => {
    const file = structuredClone(good);
    change(file);
    return JSON.stringify(file);
  };

  it.each([
    ['not JSON', '{ "format": '],
    ['another JSON file', JSON.stringify({ networks: [] })],
    ['a model with no phases', variant((file) => (file.model.phases = []))],
    [
      'a phase with a blank name',
      variant((file) => ((file.model.phases[0] as { name: unknown }).name = { da: ' ', en: '' })),
    ],
    [
      'two phases with one id',
      variant((file) => file.model.phases.push(file.model.phases[0] as Record<string, unknown>)),
    ],
    ['two phases with one number', variant((file) => ((file.model.phases[2] as { number: unknown }).number = '1'))],
    ['a missing checklist', variant((file) => delete file.model.phases[1]?.checklist)],
    ['a crafted id', variant((file) => ((file.model.phases[1] as { id: unknown }).id = '../x'))],
  ])('refuses %s with a Danish reason and no model', (_case, text) => {
    const reading = readPhaseModelFile(text);
    expect(reading.ok).toBe(false);
    if (!reading.ok) {
      expect(reading.message.da).toMatch(/fasemodel/i);
      expect(reading.message.en.length).toBeGreaterThan(0);
    }
  });
});
