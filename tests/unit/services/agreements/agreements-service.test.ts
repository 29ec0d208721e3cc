import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { agreementDefinitions } from '../../../../electron/shared/domain';
import type { Agreement, Person } from '../../../../electron/shared/entities';
import { fixedClock, must, savedData, startTempServices, type TempServices } from '../../../support/temp-services';
import { approveFilled, requiredTopicTexts, startOn } from './agreement-fixtures';
import type { InputOf } from '../../../../electron/shared/contract';

let services: TempServices;
beforeEach(async () => {
  services = await startTempServices({ clock: fixedClock() });
});
afterEach(async () => services.dispose());

const onDisk = async () => (await savedData(services.dataDir)) as { agreements: Agreement[]; people: Person[] };
const goTo = (id: string, step: InputOf<'agreements:go-to-step'>['step']) =>
  must(services, 'agreements:go-to-step', { id, step });

describe('agreement drafts', () => {
  it('starts from the network: parties from its role holders, period from its dates, at step 1', async () => {
    const { network, agreement } = await startOn(services, 'referenceleder');
    expect(agreement.draft).toMatchObject({
      number: 1,
      step: 1,
      leaderId: network.roleHolders.netvaerksleder,
      counterpartId: network.roleHolders.referenceleder,
      periodFrom: network.startDate,
      periodTo: network.endDate,
    });
    expect(agreement.versions).toEqual([]);
    const again = await must(services, 'agreements:start', {
      networkId: network.id,
      counterpart: 'referenceleder',
    });
    expect(again.id).toBe(agreement.id);
    expect((await onDisk()).agreements).toHaveLength(1);
  });

  it('saves each field as a draft on disk, merging answers and topics key by key', async () => {
    const { agreement } = await startOn(services, 'personaleleder');
    const [q1, q2] = agreementDefinitions.personaleleder.preparationQuestions;
    await must(services, 'agreements:update-draft', {
      id: agreement.id,
      patch: { preparation: { [q1!.id]: 'Fire timer om ugen' } },
    });
    await must(services, 'agreements:update-draft', {
      id: agreement.id,
      patch: { preparation: { [q2!.id]: 'Marts og april' } },
    });
    await must(services, 'agreements:update-draft', {
      id: agreement.id,
      patch: { topics: { 'personaleleder-tidsbalance': 'Fire timer' }, periodTo: '2027-06-30' },
    });
    const saved = (await onDisk()).agreements[0]?.draft;
    expect(saved?.preparation).toEqual({ [q1!.id]: 'Fire timer om ugen', [q2!.id]: 'Marts og april' });
    expect(saved?.topics).toEqual({ 'personaleleder-tidsbalance': 'Fire timer' });
    expect(saved?.periodTo).toBe('2027-06-30');
  });

  it('refuses topics of another counterpart and people who do not exist, changing nothing', async () => {
    const { agreement } = await startOn(services, 'codriver');
    const before = await savedData(services.dataDir);
    const foreign = await services.dispatch('agreements:update-draft', {
      id: agreement.id,
      patch: { topics: { 'personaleleder-tidsbalance': 'x' } },
    });
    expect(foreign.ok ? 'ok' : foreign.error.code).toBe('invalid-input');
    const ghost = await services.dispatch('agreements:update-draft', {
      id: agreement.id,
      patch: { counterpartId: 'ingen-person' },
    });
    expect(ghost.ok ? 'ok' : ghost.error.code).toBe('not-found');
    expect(await savedData(services.dataDir)).toEqual(before);
  });

  it('remembers the step and checks required fields per step with Danish messages', async () => {
    const { agreement } = await startOn(services, 'referenceleder');
    expect((await goTo(agreement.id, 2)).issues).toEqual([]);
    await must(services, 'agreements:update-draft', { id: agreement.id, patch: { periodFrom: '', periodTo: '' } });
    const stopped = await goTo(agreement.id, 3);
    expect(stopped.agreement.draft?.step).toBe(2);
    expect(stopped.issues.map((i) => i.field)).toEqual(['periodFrom', 'periodTo']);
    expect(stopped.issues[0]?.message).toBe('Skriv, fra hvilken dato aftalen gælder.');
    await must(services, 'agreements:update-draft', {
      id: agreement.id,
      patch: { periodFrom: '2027-01-01', periodTo: '2026-12-01' },
    });
    expect((await goTo(agreement.id, 3)).issues.map((i) => i.message)).toEqual(['Slutdatoen ligger før startdatoen.']);
    await must(services, 'agreements:update-draft', { id: agreement.id, patch: { periodTo: '2027-06-30' } });
    expect((await goTo(agreement.id, 3)).agreement.draft?.step).toBe(3);

    const topicsMissing = await goTo(agreement.id, 5);
    const required = agreementDefinitions.referenceleder.topics.filter((t) => t.required);
    expect(topicsMissing.agreement.draft?.step).toBe(3);
    expect(topicsMissing.issues.map((i) => i.field)).toEqual(required.map((t) => `topic:${t.id}`));
    expect(topicsMissing.issues[0]?.message).toContain(`«${required[0]?.title.da}»`);
    expect((await onDisk()).agreements[0]?.draft?.step).toBe(3);

    const back = await goTo(agreement.id, 1);
    expect(back.issues).toEqual([]);
    expect(back.agreement.draft?.step).toBe(1);
  });

  it('stops a jump ahead at the first step that is not done', async () => {
    const { agreement } = await startOn(services, 'codriver');
    await must(services, 'agreements:update-draft', { id: agreement.id, patch: { counterpartId: null } });
    const jump = await goTo(agreement.id, 5);
    expect(jump.agreement.draft?.step).toBe(2);
    expect(jump.issues).toEqual([
      expect.objectContaining({ step: 2, field: 'counterpartId', message: 'Vælg, hvem der er co-driver.' }),
    ]);
  });
});

describe('approval and versions', () => {
  it('will not approve without an agreed date and a later review date', async () => {
    const { agreement } = await startOn(services, 'referenceleder');
    await must(services, 'agreements:update-draft', {
      id: agreement.id,
      patch: { topics: requiredTopicTexts('referenceleder'), agreedDate: '2026-11-23', reviewDate: '2026-11-01' },
    });
    const refused = await must(services, 'agreements:approve', { id: agreement.id });
    expect(refused.issues.map((i) => i.message)).toEqual([
      'Datoen under «Revideres senest» skal ligge efter datoen, hvor I blev enige.',
    ]);
    expect((await onDisk()).agreements[0]?.versions).toEqual([]);
  });

  it('freezes version 1 with the parties as they were, and refuses changes to it', async () => {
    const { network, agreement } = await startOn(services, 'referenceleder');
    const approved = await approveFilled(services, agreement);
    expect(approved.draft).toBeNull();
    expect(approved.versions).toHaveLength(1);
    const v1 = approved.versions[0];
    expect(v1).toMatchObject({
      number: 1,
      agreedDate: '2026-11-23',
      reviewDate: '2027-05-20',
      periodFrom: '2026-12-01',
    });
    expect(v1?.leader.name).toBe('Mette Kjærgaard');
    expect(v1?.counterpart).toMatchObject({
      personId: network.roleHolders.referenceleder,
      name: 'Anne-Sofie Holm',
      title: 'Direktør for Børn og Unge',
    });

    await must(services, 'people:update', {
      id: network.roleHolders.referenceleder!,
      patch: { name: 'Anne-Sofie Holm Berg' },
    });
    const change = await services.dispatch('agreements:update-draft', {
      id: agreement.id,
      patch: { periodTo: '2027-12-31' },
    });
    expect(change.ok ? 'ok' : change.error.code).toBe('conflict');
    const stored = (await onDisk()).agreements[0];
    expect(stored?.versions[0]?.counterpart.name).toBe('Anne-Sofie Holm');
    expect(stored?.versions[0]?.periodTo).toBe('2027-06-30');
  });

  it('starts version 2 as a draft copied from version 1, keeps version 1, and compares them', async () => {
    const { agreement } = await startOn(services, 'personaleleder');
    await approveFilled(services, agreement);
    const editing = await must(services, 'agreements:edit', { id: agreement.id });
    expect(editing.draft).toMatchObject({
      number: 2,
      step: 3,
      agreedDate: '',
      reviewDate: '',
      topics: editing.versions[0]?.topics,
    });
    expect(await must(services, 'agreements:edit', { id: agreement.id })).toEqual(editing);

    await must(services, 'agreements:update-draft', {
      id: agreement.id,
      patch: { topics: { 'personaleleder-tidsbalance': 'Seks timer om ugen.' } },
    });
    const draftDiff = await must(services, 'agreements:compare', { id: agreement.id, from: 1, to: 'draft' });
    const changed = draftDiff.rows.filter((r) => r.changed);
    expect(changed.map((r) => r.field)).toEqual(['topic:personaleleder-tidsbalance', 'agreedDate', 'reviewDate']);
    expect(changed[0]).toMatchObject({
      before: requiredTopicTexts('personaleleder')['personaleleder-tidsbalance'],
      after: 'Seks timer om ugen.',
    });

    await must(services, 'agreements:update-draft', {
      id: agreement.id,
      patch: { agreedDate: '2027-02-01', reviewDate: '2027-08-01' },
    });
    const second = await must(services, 'agreements:approve', { id: agreement.id });
    expect(second.agreement.versions.map((v) => v.number)).toEqual([1, 2]);
    expect(second.agreement.versions[0]?.topics['personaleleder-tidsbalance']).not.toBe('Seks timer om ugen.');
    const versionDiff = await must(services, 'agreements:compare', { id: agreement.id, from: 1, to: 2 });
    expect(versionDiff.rows.filter((r) => r.changed).map((r) => r.field)).toEqual([
      'topic:personaleleder-tidsbalance',
      'agreedDate',
      'reviewDate',
    ]);
    const missing = await services.dispatch('agreements:compare', { id: agreement.id, from: 1, to: 3 });
    expect(missing.ok ? 'ok' : missing.error.code).toBe('not-found');
  });

  it('discards the draft of a later version but never the first one', async () => {
    const { agreement } = await startOn(services, 'codriver');
    const first = await services.dispatch('agreements:discard-draft', { id: agreement.id });
    expect(first.ok ? 'ok' : first.error.code).toBe('conflict');
    await approveFilled(services, agreement);
    await must(services, 'agreements:edit', { id: agreement.id });
    const back = await must(services, 'agreements:discard-draft', { id: agreement.id });
    expect(back.draft).toBeNull();
    expect(back.versions).toHaveLength(1);
  });

  it('lists agreements whose review date is within 30 days or past for Overblik', async () => {
    // The clock stands at 2026-11-23.
    const { network, agreement: soon } = await startOn(services, 'referenceleder');
    await approveFilled(services, soon, { agreedDate: '2026-06-01', reviewDate: '2026-12-20' });
    const late = await must(services, 'agreements:start', {
      networkId: network.id,
      counterpart: 'codriver',
    });
    await approveFilled(services, late, { agreedDate: '2026-01-10', reviewDate: '2026-11-01' });
    const far = await must(services, 'agreements:start', {
      networkId: network.id,
      counterpart: 'personaleleder',
    });
    await approveFilled(services, far, { agreedDate: '2026-11-20', reviewDate: '2027-01-10' });
    const due = await must(services, 'agreements:due', {});
    expect(due.map((d) => [d.agreementId, d.daysLeft])).toEqual([
      [late.id, -22],
      [soon.id, 27],
    ]);
    expect(due[0]?.networkName).toBe(network.name);
    await must(services, 'networks:archive', { id: network.id });
    expect(await must(services, 'agreements:due', {})).toEqual([]);
  });
});
