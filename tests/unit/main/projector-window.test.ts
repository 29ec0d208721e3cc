import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL } from '../../../electron/main/security/app-origin';
import { isProjectorUrl, windowOpenDecision } from '../../../electron/main/security/policies';

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
