/**
 * Default file names never collide: over every meeting and every agreement version of the ten-year
 * bench data set, each document the app offers to save has a name of its own (compared without
 * case, as Windows and macOS compare them), and meeting names start with the date.
 */
import { describe, expect, it } from 'vitest';
import { agreementDocument } from '../../../../electron/services/agreements/agreement-document';
import { agreementFileName, agreementSheet } from '../../../../electron/services/agreements/agreement-export';
import { safeFileName } from '../../../../electron/services/export/safe-file-name';
import { meetingFileName } from '../../../../electron/services/meetings/meeting-file-name';
import { generateDataset } from '../../../../scripts/bench/data/generate-dataset';
import { sizeForYears } from '../../../../scripts/bench/data/dataset-size';

const data = generateDataset(sizeForYears(10));
const NOW = new Date('2026-11-23T12:00:00Z');

function expectUnique(names: string[]): void {
  const seen = new Map<string, number>();
  for (const name of names) seen.set(name.toLowerCase(), (seen.get(name.toLowerCase()) ?? 0) + 1);
  const twice = [...seen].filter(([, count]) => count > 1).map(([name]) => name);
  expect(twice).toEqual([]);
}

describe('default file names', () => {
  it('start with the date and differ for every meeting of ten years, as agenda, referat and calendar file', () => {
    const meetings = data.meetings.filter((m) => !m.isTemplate);
    expect(meetings.length).toBeGreaterThan(200);
    const names = meetings.flatMap((m) => [
      meetingFileName(data, m, 'Dagsorden', 'docx'),
      meetingFileName(data, m, 'Referat', 'docx'),
      meetingFileName(data, m, 'Kalender', 'ics'),
    ]);
    expectUnique(names);
    for (const [i, m] of meetings.entries()) expect(names[i * 3]?.startsWith(`${m.date} Dagsorden `)).toBe(true);
    // Titles repeat across meetings (every network holds status meetings): the date tells them apart.
    expect(new Set(meetings.map((m) => m.title)).size).toBeLessThan(meetings.length / 4);
  });

  it('differ for every version of every agreement, and always keep "– Version N"', () => {
    const names: string[] = [];
    for (const agreement of data.agreements) {
      for (const version of agreement.versions) {
        const sheet = agreementSheet(data, { id: agreement.id, version: version.number }, NOW);
        const name = agreementFileName(agreementDocument(sheet).title, sheet);
        expect(name.endsWith(` – Version ${version.number}.docx`), name).toBe(true);
        names.push(name);
      }
    }
    expect(names.length).toBeGreaterThan(20);
    expectUnique(names);
  });

  it('shortens a long name in the middle so its tail survives', () => {
    const long = `Aftale med personalelederen – ${'Et meget langt netværksnavn '.repeat(6)}`;
    const v1 = safeFileName(long, 'docx', ' – Version 1');
    const v3 = safeFileName(long, 'docx', ' – Version 3');
    expect(v1).not.toBe(v3);
    expect(v3.endsWith('… – Version 3.docx')).toBe(true);
    expect(Array.from(v3.slice(0, -'.docx'.length))).toHaveLength(100);
  });
});
