import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Meeting, Network } from '../../../../electron/shared/entities';
import { fixedClock, must, startTempServices, type TempServices } from '../../../support/temp-services';
import type { InputOf } from '../../../../electron/shared/contract';

let services: TempServices;
let clock: ReturnType<typeof fixedClock>;
let unge: Network;
let aeldre: Network;
beforeEach(async () => {
  clock = fixedClock('2026-11-23T09:00:00.000Z');
  services = await startTempServices({ clock });
  unge = await must(services, 'networks:create', { name: 'Unge i job' });
  aeldre = await must(services, 'networks:create', { name: 'Ældres trivsel' });
});
afterEach(async () => services.dispose());

const create = (input: InputOf<'reflections:create'>) => must(services, 'reflections:create', input);
const titles = async (filter: InputOf<'reflections:summaries'>) =>
  (await must(services, 'reflections:summaries', filter)).map((r) => r.title);

describe('finding entries', () => {
  beforeEach(async () => {
    await create({
      kind: 'foer',
      title: 'Før opstartsmødet',
      date: '2026-11-02',
      networkId: unge.id,
      tags: ['Mod'],
      body: 'Jeg er spændt på **rollefordelingen**.',
    });
    await create({
      kind: 'efter',
      title: 'Efter opstarten',
      date: '2026-11-03',
      networkId: unge.id,
      tags: ['fremdrift'],
      body: 'Stemningen var god.',
      private: true,
    });
    await create({
      kind: 'fri',
      title: 'Tanker om risiko',
      date: '2026-11-20',
      networkId: aeldre.id,
      tags: ['mod', 'læring'],
      body: 'Vi turde prøve noget nyt med ÆBLEMOSTEN.',
    });
    const answered = await create({ kind: 'efter', title: 'Workshop', date: '2026-11-21', networkId: aeldre.id });
    await must(services, 'reflections:set-answer', {
      id: answered.id,
      promptId: 'mod-efter-1',
      text: 'Da borgerne fik ordet først',
    });
  });

  it('lists newest day first', async () => {
    expect(await titles({})).toEqual(['Workshop', 'Tanker om risiko', 'Efter opstarten', 'Før opstartsmødet']);
  });

  it('searches title, text, tags and answers, all words, without regard to case or Danish letters', async () => {
    expect(await titles({ query: 'rollefordelingen' })).toEqual(['Før opstartsmødet']);
    expect(await titles({ query: 'æblemosten' })).toEqual(['Tanker om risiko']);
    expect(await titles({ query: 'BORGERNE ordet' })).toEqual(['Workshop']);
    expect(await titles({ query: 'læring' })).toEqual(['Tanker om risiko']);
    expect(await titles({ query: 'opstart' })).toEqual(['Efter opstarten', 'Før opstartsmødet']);
    expect(await titles({ query: 'opstart stemningen' })).toEqual(['Efter opstarten']);
    expect(await titles({ query: 'findes ikke nogen steder' })).toEqual([]);
  });

  it('filters by network, kind, tag and period, and the filters narrow together', async () => {
    expect(await titles({ networkId: unge.id })).toEqual(['Efter opstarten', 'Før opstartsmødet']);
    expect(await titles({ kind: 'efter' })).toEqual(['Workshop', 'Efter opstarten']);
    expect(await titles({ tag: 'MOD' })).toEqual(['Tanker om risiko', 'Før opstartsmødet']);
    expect(await titles({ from: '2026-11-03', to: '2026-11-20' })).toEqual(['Tanker om risiko', 'Efter opstarten']);
    expect(await titles({ tag: 'mod', networkId: aeldre.id })).toEqual(['Tanker om risiko']);
    expect(await titles({ kind: 'efter', networkId: unge.id, query: 'stemningen' })).toEqual(['Efter opstarten']);
    expect(await titles({ from: '', to: '' })).toHaveLength(4);
  });

  it('finds the same entries by id for the journal search, with æ, ø and å spelled out too', async () => {
    const listed = await must(services, 'reflections:summaries', { query: 'opstart' });
    expect(await must(services, 'reflections:find', { query: 'opstart' })).toEqual(listed.map((r) => r.id));
    const byTitle = async (query: string) => {
      const ids = await must(services, 'reflections:find', { query });
      const all = await must(services, 'reflections:summaries', {});
      return ids.map((id) => all.find((r) => r.id === id)?.title);
    };
    expect(await byTitle('opstartsmoede')).toEqual(['Før opstartsmødet']);
    expect(await byTitle('aeblemosten')).toEqual(['Tanker om risiko']);
    expect(await must(services, 'reflections:find', { query: 'stemningen', networkId: aeldre.id })).toEqual([]);
  });

  it('searches the text as it is now after an edit, even when the clock has not moved', async () => {
    const [entry] = await must(services, 'reflections:summaries', { query: 'rollefordelingen' });
    if (!entry) throw new Error('the entry should be found');
    await must(services, 'reflections:update', { id: entry.id, patch: { body: 'Nu handler det om kaffeautomaten.' } });
    expect(await titles({ query: 'rollefordelingen' })).toEqual([]);
    expect(await titles({ query: 'kaffeautomaten' })).toEqual(['Før opstartsmødet']);
    await must(services, 'reflections:update', { id: entry.id, patch: { tags: ['Budget'] } });
    expect(await must(services, 'reflections:find', { query: 'budget' })).toEqual([entry.id]);
  });

  it('lists summaries for the journal: every field of the entry, a plain preview instead of the text', async () => {
    const summaries = await must(services, 'reflections:summaries', { kind: 'efter' });
    expect(summaries.map((s) => s.title)).toEqual(['Workshop', 'Efter opstarten']);
    for (const summary of summaries) {
      const { body: _body, answers: _answers, ...fields } = await must(services, 'reflections:get', { id: summary.id });
      expect(summary).toEqual({ ...fields, preview: summary.preview });
      expect(summary).not.toHaveProperty('body');
      expect(summary).not.toHaveProperty('answers');
    }
    expect(summaries.map((s) => s.preview)).toEqual(['Da borgerne fik ordet først', 'Stemningen var god.']);
    const [first] = await must(services, 'reflections:summaries', { query: 'rollefordelingen' });
    expect(first?.preview).toBe('Jeg er spændt på rollefordelingen.');
  });

  it('gives the preview of the text as it is now after an edit, even when the clock has not moved', async () => {
    const [entry] = await must(services, 'reflections:summaries', { query: 'rollefordelingen' });
    if (!entry) throw new Error('the entry should be found');
    await must(services, 'reflections:update', {
      id: entry.id,
      patch: { body: 'Nu handler det om *kaffeautomaten*.' },
    });
    const [edited] = await must(services, 'reflections:summaries', { query: 'kaffeautomaten' });
    expect(edited?.preview).toBe('Nu handler det om kaffeautomaten.');
  });

  it('lists the tags in use once each, sorted the Danish way', async () => {
    expect(await must(services, 'reflections:tags', {})).toEqual(['fremdrift', 'læring', 'Mod']);
  });
});

describe('entries written from a meeting', () => {
  async function addMeeting(fields: Record<string, unknown>): Promise<string> {
    const id = `m${Math.random().toString(36).slice(2, 10)}`;
    await services.store.mutate((data) => {
      const now = clock.now().toISOString();
      const base = {
        title: '',
        date: '2026-11-23',
        startTime: '09:00',
        durationMinutes: 60,
        location: '',
        onlineUrl: '',
        purpose: '',
        desiredOutcome: '',
        preparation: '',
        status: 'planned',
        participants: [],
        agenda: [],
        summary: '',
        decisions: [],
        actions: [],
        minutesTakerId: null,
        isTemplate: false,
        templateId: null,
        icsSequence: 0,
        run: null,
        itemNotes: [],
      };
      data.meetings.push({ id, createdAt: now, updatedAt: now, networkId: unge.id, ...base, ...fields } as Meeting);
    });
    return id;
  }

  it('makes a before-meeting entry for a meeting still to come, linked to it and its network', async () => {
    const meetingId = await addMeeting({ title: 'Designworkshop', date: '2026-11-23', startTime: '13:00' });
    const entry = await must(services, 'reflections:create-for-meeting', { meetingId });
    expect(entry).toMatchObject({
      kind: 'foer',
      meetingId,
      networkId: unge.id,
      title: 'Designworkshop',
      date: '2026-11-23',
    });
    expect(await titles({ meetingId })).toEqual(['Designworkshop']);
  });

  it('makes an after-meeting entry once the meeting has started, judged in Copenhagen time', async () => {
    // 09:00 UTC is 10:00 in Copenhagen: a 09:30 meeting has begun, a 10:30 one has not.
    const started = await addMeeting({ title: 'Statusmøde', date: '2026-11-23', startTime: '09:30' });
    const later = await addMeeting({ title: 'Opfølgning', date: '2026-11-23', startTime: '10:30' });
    expect((await must(services, 'reflections:create-for-meeting', { meetingId: started })).kind).toBe('efter');
    expect((await must(services, 'reflections:create-for-meeting', { meetingId: later })).kind).toBe('foer');
  });

  it('judges by the day alone when no time is set, and treats an undated meeting as still ahead', async () => {
    const yesterday = await addMeeting({ title: 'I går', date: '2026-11-22', startTime: '' });
    const today = await addMeeting({ title: 'I dag', date: '2026-11-23', startTime: '' });
    const undated = await addMeeting({ title: 'Uden dato', date: '', startTime: '' });
    const garbled = await addMeeting({ title: 42, date: 'snart', startTime: 'om lidt' });
    expect((await must(services, 'reflections:create-for-meeting', { meetingId: yesterday })).kind).toBe('efter');
    expect((await must(services, 'reflections:create-for-meeting', { meetingId: today })).kind).toBe('foer');
    expect((await must(services, 'reflections:create-for-meeting', { meetingId: undated })).kind).toBe('foer');
    const fromGarbled = await must(services, 'reflections:create-for-meeting', { meetingId: garbled });
    expect(fromGarbled).toMatchObject({ kind: 'foer', title: '' });
    // Meetings without a time or date exist only in memory here: reading the file would leave them out.
    const unsound = new Set([yesterday, today, undated, garbled]);
    await services.store.mutate((data) => {
      data.meetings = data.meetings.filter((m) => !unsound.has(m.id));
    });
  });

  it('refuses a meeting that does not exist, and links an entry to a meeting by update', async () => {
    const missing = await services.dispatch('reflections:create-for-meeting', { meetingId: 'findes-ikke' });
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.error.code).toBe('not-found');
    const meetingId = await addMeeting({ title: 'Afrunding', date: '2026-12-01' });
    const entry = await create({ kind: 'fri' });
    const linked = await must(services, 'reflections:update', { id: entry.id, patch: { meetingId } });
    expect(linked.meetingId).toBe(meetingId);
    expect(
      (await services.dispatch('reflections:update', { id: entry.id, patch: { meetingId: 'findes-ikke' } })).ok,
    ).toBe(false);
  });
});
