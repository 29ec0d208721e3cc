import * as v from 'valibot';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Reflection, ReflectionPromptSettings, TrashEntry } from '../../../../electron/shared/entities';
import { reflectionPromptSettingsSchema } from '../../../../electron/shared/entities';
import { fixedClock, must, savedData, startTempServices, type TempServices } from '../../../support/temp-services';
import type { InputOf } from '../../../../electron/shared/contract';

let services: TempServices;
let clock: ReturnType<typeof fixedClock>;
beforeEach(async () => {
  clock = fixedClock('2026-11-23T09:00:00.000Z');
  services = await startTempServices({ clock });
});
afterEach(async () => services.dispose());

const onDisk = async () =>
  (await savedData(services.dataDir)) as {
    reflections: Reflection[];
    trash: TrashEntry[];
    reflectionPrompts?: ReflectionPromptSettings;
  };
const create = (input: InputOf<'reflections:create'>) => must(services, 'reflections:create', input);

describe('reflection entries', () => {
  it('creates an entry with today as date and empty fields, durably', async () => {
    const entry = await create({ kind: 'fri' });
    expect(entry).toMatchObject({
      kind: 'fri',
      date: '2026-11-23',
      title: '',
      body: '',
      tags: [],
      answers: [],
      energy: null,
      progress: null,
      private: false,
      networkId: null,
      meetingId: null,
    });
    expect((await onDisk()).reflections).toEqual([entry]);
  });

  it('uses the Copenhagen day for "today", not the UTC day', async () => {
    clock.advance(14 * 3600_000 + 30 * 60_000); // 23:30 UTC = 00:30 the next day in Copenhagen
    expect((await create({ kind: 'fri' })).date).toBe('2026-11-24');
  });

  it('updates fields, cleans tags and keeps what was not sent', async () => {
    const entry = await create({ kind: 'foer', title: 'Inden workshoppen' });
    clock.advance(1000);
    const updated = await must(services, 'reflections:update', {
      id: entry.id,
      patch: {
        body: 'Første afsnit\n\nAndet afsnit',
        tags: [' mod ', 'Mod', 'læring', 'fremdrift  '],
        energy: 4,
        progress: 2,
        private: true,
      },
    });
    expect(updated).toMatchObject({
      title: 'Inden workshoppen',
      body: 'Første afsnit\n\nAndet afsnit',
      tags: ['mod', 'læring', 'fremdrift'],
      energy: 4,
      progress: 2,
      private: true,
    });
    expect(updated.updatedAt > entry.updatedAt).toBe(true);
    expect((await onDisk()).reflections[0]).toEqual(updated);
  });

  it('rejects invalid input and changes nothing on disk', async () => {
    const entry = await create({ kind: 'fri' });
    const before = await savedData(services.dataDir);
    const bad: Array<[string, unknown]> = [
      ['reflections:update', { id: entry.id, patch: { energy: 6 } }],
      ['reflections:update', { id: entry.id, patch: { progress: 0 } }],
      ['reflections:update', { id: entry.id, patch: { energy: 2.5 } }],
      ['reflections:update', { id: entry.id, patch: { kind: 'midtvejs' } }],
      ['reflections:update', { id: entry.id, patch: { date: '2026-02-30' } }],
      ['reflections:update', { id: entry.id, patch: { date: '' } }],
      ['reflections:update', { id: entry.id, patch: { tags: ['x'.repeat(61)] } }],
      ['reflections:update', { id: entry.id, patch: { tags: Array.from({ length: 21 }, (_, i) => `t${i}`) } }],
      ['reflections:update', { id: entry.id, patch: { private: 'ja' } }],
      ['reflections:update', { id: entry.id, patch: { html: '<b>' } }],
      ['reflections:create', { kind: 'fri', networkId: 'findes-ikke' }],
      ['reflections:create', {}],
      ['reflections:update', { id: 'findes-ikke', patch: { title: 'x' } }],
      ['reflections:set-answer', { id: entry.id, promptId: 'ukendt-spoergsmaal', text: 'svar' }],
    ];
    for (const [channel, input] of bad) {
      const result = await services.dispatch(channel, input);
      expect(result.ok, `${channel} ${JSON.stringify(input)}`).toBe(false);
      if (!result.ok) expect(result.error.code).not.toBe('internal');
    }
    expect(await savedData(services.dataDir)).toEqual(before);
  });

  it('links to an existing network', async () => {
    const network = await must(services, 'networks:create', { name: 'Unge i job' });
    const entry = await create({ kind: 'foer', networkId: network.id });
    expect(entry.networkId).toBe(network.id);
    const cleared = await must(services, 'reflections:update', {
      id: entry.id,
      patch: { networkId: null },
    });
    expect(cleared.networkId).toBeNull();
  });

  it('deletes to the trash and undoes the delete', async () => {
    const entry = await create({ kind: 'fri', title: 'Slet mig' });
    const trashed = await must(services, 'reflections:delete', { id: entry.id });
    expect((await onDisk()).reflections).toEqual([]);
    expect((await onDisk()).trash.map((t) => [t.id, t.kind])).toEqual([[trashed.id, 'reflection']]);
    expect(await must(services, 'reflections:undo-delete', { trashId: trashed.id })).toEqual(entry);
    expect((await onDisk()).reflections).toEqual([entry]);
    expect((await services.dispatch('reflections:undo-delete', { trashId: trashed.id })).ok).toBe(false);
  });
});

describe('answers to guiding questions', () => {
  it('saves, changes and skips answers, storing the question looked up by the service', async () => {
    const entry = await create({ kind: 'foer' });
    await must(services, 'reflections:set-answer', {
      id: entry.id,
      promptId: 'mod-foer-1',
      text: 'Når vi skal vælge idé',
    });
    let saved = await must(services, 'reflections:set-answer', {
      id: entry.id,
      promptId: 'sparring-foer-1',
      text: 'Ro på tidsplanen',
    });
    expect(saved.answers).toEqual([
      {
        promptId: 'mod-foer-1',
        question: 'Hvor i mødet kan det blive nødvendigt at tage en chance?',
        text: 'Når vi skal vælge idé',
      },
      {
        promptId: 'sparring-foer-1',
        question: 'Hvad har netværkslederen brug for fra mig ved dette møde?',
        text: 'Ro på tidsplanen',
      },
    ]);
    saved = await must(services, 'reflections:set-answer', {
      id: entry.id,
      promptId: 'mod-foer-1',
      text: 'Ved prioriteringen',
    });
    expect(saved.answers.map((a) => a.text)).toEqual(['Ved prioriteringen', 'Ro på tidsplanen']);
    saved = await must(services, 'reflections:set-answer', {
      id: entry.id,
      promptId: 'mod-foer-1',
      text: '   ',
    });
    expect(saved.answers.map((a) => a.promptId)).toEqual(['sparring-foer-1']);
    expect((await onDisk()).reflections[0]?.answers).toEqual(saved.answers);
  });

  it('answers own questions, and keeps the question text after the own question is removed', async () => {
    const settings = await must(services, 'reflections:add-prompt', {
      kind: 'efter',
      text: 'Hvad tager jeg med hjem til basis?',
    });
    const own = settings.ownPrompts[0]!;
    expect(own?.id).toMatch(/^egen-/);
    const entry = await create({ kind: 'efter' });
    await must(services, 'reflections:set-answer', {
      id: entry.id,
      promptId: own?.id,
      text: 'Metoden med stille brainstorm',
    });
    await must(services, 'reflections:remove-prompt', { promptId: own?.id });
    const saved = await must(services, 'reflections:set-answer', {
      id: entry.id,
      promptId: own?.id,
      text: 'Metoden med stille brainstorm, og ro',
    });
    expect(saved.answers).toEqual([
      {
        promptId: own?.id,
        question: 'Hvad tager jeg med hjem til basis?',
        text: 'Metoden med stille brainstorm, og ro',
      },
    ]);
  });
});

describe('question preferences', () => {
  it('hides and shows shipped questions, adds and removes own ones, and keeps them on disk', async () => {
    await must(services, 'reflections:hide-prompt', { promptId: 'mod-foer-2', hidden: true });
    await must(services, 'reflections:hide-prompt', { promptId: 'fremdrift-efter-1', hidden: true });
    await must(services, 'reflections:hide-prompt', { promptId: 'mod-foer-2', hidden: true });
    let settings = await must(services, 'reflections:hide-prompt', {
      promptId: 'fremdrift-efter-1',
      hidden: false,
    });
    expect(settings.hiddenPromptIds).toEqual(['mod-foer-2']);
    settings = await must(services, 'reflections:add-prompt', {
      kind: 'begge',
      text: '  Hvad gav mig energi?  ',
    });
    expect(settings.ownPrompts.map((p) => [p.kind, p.text])).toEqual([['begge', 'Hvad gav mig energi?']]);
    expect((await onDisk()).reflectionPrompts).toEqual(settings);
    expect(await must(services, 'reflections:prompt-settings', {})).toEqual(settings);
    expect((await services.dispatch('reflections:hide-prompt', { promptId: 'findes-ikke', hidden: true })).ok).toBe(
      false,
    );
    expect((await services.dispatch('reflections:remove-prompt', { promptId: 'mod-foer-1' })).ok).toBe(false);
    settings = await must(services, 'reflections:remove-prompt', {
      promptId: settings.ownPrompts[0]!.id,
    });
    expect(settings.ownPrompts).toEqual([]);
  });

  it('falls back to no preferences when the stored value is damaged', async () => {
    await services.store.mutate((data) => {
      (data as unknown as Record<string, unknown>).reflectionPrompts = { hiddenPromptIds: 'ikke en liste' };
    });
    expect(await must(services, 'reflections:prompt-settings', {})).toEqual({
      hiddenPromptIds: [],
      ownPrompts: [],
      themeIds: [],
    });
    const settings = await must(services, 'reflections:hide-prompt', {
      promptId: 'mod-foer-1',
      hidden: true,
    });
    expect(settings).toEqual({ hiddenPromptIds: ['mod-foer-1'], ownPrompts: [], themeIds: [] });
  });

  it('keeps the themes the writer picks, in the themes own order, and refuses unknown ones changing nothing', async () => {
    const settings = await must(services, 'reflections:choose-themes', {
      themeIds: ['strategiske-valg', 'mod'],
    });
    expect(settings.themeIds).toEqual(['mod', 'strategiske-valg']);
    expect((await onDisk()).reflectionPrompts?.themeIds).toEqual(['mod', 'strategiske-valg']);
    const before = await onDisk();
    const refused = await services.dispatch('reflections:choose-themes', { themeIds: ['mod', 'ukendt'] });
    expect(refused.ok).toBe(false);
    expect(await onDisk()).toEqual(before);
    // Settings saved before themes could be picked, or naming a theme a later build dropped, still read.
    expect(v.parse(reflectionPromptSettingsSchema, { hiddenPromptIds: [], ownPrompts: [] }).themeIds).toEqual([]);
    expect(
      v.parse(reflectionPromptSettingsSchema, { hiddenPromptIds: [], ownPrompts: [], themeIds: ['forsvundet', 'mod'] })
        .themeIds,
    ).toEqual(['mod']);
  });
});
