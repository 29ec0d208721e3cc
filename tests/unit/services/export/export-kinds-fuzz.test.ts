import { beforeAll, describe, expect, it } from 'vitest';
import type { AppData } from '../../../../electron/services/storage/app-data';
import { EXPORT_KINDS, exportFuzzBaseData, fuzzExportKind, withHostileText } from '../../../support/export-fuzz';

// The suite runs a reduced count; `npm run test:exports` runs 10,000 per kind.
const RUNS = Number(process.env.EXPORT_FUZZ_RUNS ?? 150);

let base: AppData;
beforeAll(async () => {
  base = await exportFuzzBaseData();
});

describe('hostile text through every Word export kind', () => {
  it('replaces every user-typed text and leaves ids and dates alone', () => {
    const hostile = withHostileText(base, ['\uFFFF<x>']);
    expect(hostile.networks[0]?.name).toBe('\uFFFF<x>');
    expect(hostile.networks[0]?.id).toBe(base.networks[0]?.id);
    expect(hostile.meetings[0]?.date).toBe(base.meetings[0]?.date);
    expect(hostile.agreements[0]?.versions[0]?.topics).toSatisfy((topics: Record<string, string>) =>
      Object.values(topics).every((t) => t === '\uFFFF<x>'),
    );
    expect(JSON.stringify(base)).not.toContain('\\uffff<x>');
  });

  for (const kind of EXPORT_KINDS) {
    it(`${kind.name}: ${RUNS} documents from hostile data are all well-formed and hold the user's text`, async () => {
      const report = await fuzzExportKind(kind, base, RUNS);
      expect(report.failures.slice(0, 3)).toEqual([]);
      expect(report.wellFormed).toBe(RUNS);
    }, 300_000);
  }
});
