import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL } from '../../../electron/main/security/app-origin';
import {
  PROJECTOR_CHANNELS,
  isProjectorUrl,
  projectorMayCall,
  windowOpenDecision,
} from '../../../electron/main/security/policies';
import { channelNames } from '../../../electron/shared/contract';

describe('the projector window', () => {
  it('is the one window a page may open: our own start page on a meeting’s screen view', () => {
    expect(windowOpenDecision(`${APP_ENTRY_URL}#/moeder/abc-123_X/skaerm`)).toEqual({
      action: 'allow',
      openExternally: false,
    });
  });

  it('denies every other address, including look-alikes of the projector view', () => {
    for (const url of [
      `${APP_ENTRY_URL}#/moeder/abc/afvikl`,
      `${APP_ENTRY_URL}#/moeder/abc/skaerm/extra`,
      `${APP_ENTRY_URL}#/moeder/a%2Fb/skaerm`,
      `${APP_ENTRY_URL}#/moeder//skaerm`,
      `${APP_ENTRY_URL}?x=1#/moeder/abc/skaerm`,
      `app://ledelsesrum.evil/index.html#/moeder/abc/skaerm`,
      `https://kommune.dk/#/moeder/abc/skaerm`,
      `${APP_ENTRY_URL}`,
    ]) {
      expect(isProjectorUrl(url), url).toBe(false);
      expect(windowOpenDecision(url).action, url).toBe('deny');
    }
    expect(windowOpenDecision(`${APP_ENTRY_URL}#/moeder/${'a'.repeat(65)}/skaerm`).action).toBe('deny');
  });
});

describe('what a projector window may call', () => {
  it('is its projection, the profile and the lock state, all real channels of the contract', () => {
    for (const channel of PROJECTOR_CHANNELS) expect(channelNames).toContain(channel);
    expect(projectorMayCall('live:projection')).toBe(true);
  });

  it('is nothing that reads entries or changes data', () => {
    const others = channelNames.filter((channel) => !PROJECTOR_CHANNELS.includes(channel));
    expect(others.length).toBeGreaterThan(50);
    for (const channel of others) expect(projectorMayCall(channel), channel).toBe(false);
    for (const channel of [
      'reflections:list',
      'data:export',
      'data:replace-all',
      'live:capture',
      'vault:open',
      'vault:lock',
    ])
      expect(projectorMayCall(channel), channel).toBe(false);
  });
});
