import { describe, expect, it } from 'vitest';

import {
  AGENDA_ITEM_KINDS,
  agendaItemKindLabels,
  findMeetingMethod,
  findMeetingTemplate,
  meetingMethods,
  meetingTemplates,
  shippedPhaseModel,
} from '../../../../electron/shared/domain';

describe('meeting methods', () => {
  it('offers the methods the agenda builder needs, with unique ids', () => {
    const ids = meetingMethods.map((method) => method.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of [
      'oplaeg',
      'dialog-i-par',
      'gruppearbejde',
      'walk-and-talk',
      'beslutning',
      'evaluering',
      'brainstorm',
      'runde',
      'pause',
    ]) {
      expect(ids).toContain(id);
    }
  });

  it('suggests a positive whole number of minutes and a known item kind', () => {
    for (const method of meetingMethods) {
      expect(Number.isInteger(method.suggestedMinutes) && method.suggestedMinutes > 0, method.id).toBe(true);
      expect(AGENDA_ITEM_KINDS).toContain(method.defaultKind);
    }
  });

  it('keeps the help to one sentence', () => {
    for (const method of meetingMethods) {
      for (const text of [method.help.da, method.help.en]) {
        expect(text.split(/(?<=[.?!])\s+/).length, `${method.id}: ${text}`).toBe(1);
      }
    }
  });

  it('labels every agenda item kind', () => {
    expect(Object.keys(agendaItemKindLabels).sort()).toEqual([...AGENDA_ITEM_KINDS].sort());
  });

  it('finds methods by id', () => {
    expect(findMeetingMethod('walk-and-talk')?.name.da).toBe('Walk-and-talk');
    expect(findMeetingMethod('findes-ikke')).toBeUndefined();
  });
});

describe('meeting templates', () => {
  it('covers kick-off, design, status, ideas and closing, with unique ids', () => {
    const ids = meetingTemplates.map((template) => template.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(['opstartsmoede', 'designworkshop', 'statusmoede', 'ideworkshop', 'afrundingsmoede']);
  });

  it('fills the duration of each template exactly with its items', () => {
    for (const template of meetingTemplates) {
      const total = template.items.reduce((sum, item) => sum + item.minutes, 0);
      expect(total, template.id).toBe(template.durationMinutes);
    }
  });

  it('uses only known methods, kinds and phases, with positive minutes', () => {
    const phaseIds = shippedPhaseModel.phases.map((phase) => phase.id);
    for (const template of meetingTemplates) {
      if (template.suggestedPhaseId !== null) expect(phaseIds).toContain(template.suggestedPhaseId);
      for (const item of template.items) {
        expect(findMeetingMethod(item.methodId), `${template.id}: ${item.methodId}`).toBeDefined();
        expect(AGENDA_ITEM_KINDS).toContain(item.kind);
        expect(item.minutes).toBeGreaterThan(0);
      }
    }
  });

  it('marks break items as breaks and only break items', () => {
    for (const template of meetingTemplates) {
      for (const item of template.items) expect(item.kind === 'pause', item.title.da).toBe(item.methodId === 'pause');
    }
  });

  it('finds templates by id', () => {
    expect(findMeetingTemplate('ideworkshop')).toBe(meetingTemplates[3]);
    expect(findMeetingTemplate('ukendt')).toBeUndefined();
  });
});
