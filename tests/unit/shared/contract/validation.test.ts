import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { channelNames, contract } from '../../../../electron/shared/contract';
import { buildApi } from '../../../../electron/shared/contract/build-api';
import { must, savedData, startTempServices, type TempServices } from '../../../support/temp-services';

let services: TempServices;
beforeEach(async () => {
  services = await startTempServices();
});
afterEach(async () => services.dispose());

describe('the contract at the service boundary', () => {
  it('rejects an unknown key with a typed Danish error and leaves the file untouched', async () => {
    const network = await must(services, 'networks:create', { name: 'Tryghed i boligområderne' });
    const before = await savedData(services.dataDir);
    const result = await services.dispatch('networks:update', {
      id: network.id,
      patch: { name: 'Nyt navn', isAdmin: true },
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid-input');
    expect(result.error.message).toContain('isAdmin');
    expect(result.error.message).toMatch(/ukendt/);
    expect(result.error.issues?.[0]?.path).toBe('patch.isAdmin');
    expect(await savedData(services.dataDir)).toEqual(before);
  });

  it('rejects a wrong type and a 1 MB string, changing nothing on disk', async () => {
    const network = await must(services, 'networks:create', { name: 'Sundhed på tværs' });
    const before = await savedData(services.dataDir);
    const wrongType = await services.dispatch('networks:update', { id: network.id, patch: { name: 42 } });
    const huge = await services.dispatch('networks:update', {
      id: network.id,
      patch: { challenge: 'x'.repeat(1024 * 1024) },
    });
    for (const result of [wrongType, huge]) {
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('invalid-input');
    }
    if (!huge.ok) expect(huge.error.message).toMatch(/for lang \(højst 20000 tegn\)/);
    expect(await savedData(services.dataDir)).toEqual(before);
  });

  it('rejects prototype-pollution keys, unknown channels and bad ids', async () => {
    const polluted = JSON.parse('{"name":"x","__proto__":{"polluted":true}}') as unknown;
    const result = await services.dispatch('networks:create', polluted);
    expect(result.ok).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const unknown = await services.dispatch('networks:drop-all', {});
    expect(unknown.ok ? 'ok' : unknown.error.code).toBe('unknown-channel');
    const inherited = await services.dispatch('toString', {});
    expect(inherited.ok ? 'ok' : inherited.error.code).toBe('unknown-channel');
    const badId = await services.dispatch('networks:get', { id: '../../etc/passwd' });
    expect(badId.ok ? 'ok' : badId.error.code).toBe('invalid-input');
    const impossibleDate = await services.dispatch('networks:create', { name: 'x', startDate: '2026-02-30' });
    expect(impossibleDate.ok ? 'ok' : impossibleDate.error.message).toMatch(/gyldig dato/);
  });

  it('trims names and refuses a blank one', async () => {
    const blank = await services.dispatch('networks:create', { name: '   ' });
    expect(blank.ok).toBe(false);
    const trimmed = await must(services, 'networks:create', { name: '  Læring i praksis  ' });
    expect(trimmed.name).toBe('Læring i praksis');
  });

  it('reports a missing item as not-found, in Danish and English', async () => {
    const result = await services.dispatch('networks:get', { id: 'findes-ikke' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('not-found');
    expect(result.error.message).toBe('Netværket findes ikke længere.');
    expect(result.error.messageEn).toBe('The network no longer exists.');
  });
});

describe('the api built from the contract', () => {
  it('has one named method per channel and nothing generic', async () => {
    const calls: Array<[string, unknown]> = [];
    const api = buildApi(async (channel, input) => {
      calls.push([channel, input]);
      return { ok: true, value: null };
    });
    const methods = Object.entries(api).flatMap(([domain, group]) =>
      Object.keys(group as object).map((m) => `${domain}.${m}`),
    );
    expect(methods).toHaveLength(channelNames.length);
    expect(methods).toContain('networks.undoDelete');
    expect(methods).not.toContain('invoke');
    await api.networks.assignRole({ id: 'a', role: 'codriver', personId: null });
    expect(calls).toEqual([['networks:assign-role', { id: 'a', role: 'codriver', personId: null }]]);
  });

  it('declares for every channel whether it mutates and a doc line', () => {
    for (const name of channelNames) {
      expect(typeof contract[name].mutates).toBe('boolean');
      expect(contract[name].doc.length).toBeGreaterThan(5);
      expect(name).toMatch(/^[a-z]+:[a-z]+(-[a-z]+)*$/);
    }
  });
});
