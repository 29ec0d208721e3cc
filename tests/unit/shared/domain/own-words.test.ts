/**
 * Every text the app shows or writes must be in the app's own words. This compares the domain data,
 * the UI catalogues and the documents' fixed words with the source pages and the domain brief, which
 * live beside the repository (../shared) on machines that have them.
 */

import { describe, expect, it } from 'vitest';

import { appTexts } from './app-texts';
import { readSourcePages, seedsDir, seedsDirHint } from './source-pages';

/** A run this long shared with a source counts as copying. */
const RUN_LENGTH = 8;

function words(text: string): string[] {
  return text
    .normalize('NFC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

function runsOf(text: string): string[] {
  const list = words(text);
  const runs: string[] = [];
  for (let start = 0; start + RUN_LENGTH <= list.length; start += 1)
    runs.push(list.slice(start, start + RUN_LENGTH).join(' '));
  return runs;
}

const sourcesPresent = seedsDir !== null;
if (!sourcesPresent) {
  console.info(`Skipping the own-words check: the source pages folder ${seedsDirHint} is not on this machine.`);
}

describe.skipIf(!sourcesPresent)('domain text is written in our own words', () => {
  const sources = readSourcePages();
  const sourceRuns = new Map<string, string>();
  for (const source of sources) for (const run of runsOf(source.text)) sourceRuns.set(run, source.name);

  const copiedRuns = (text: string): string[] =>
    runsOf(text)
      .filter((run) => sourceRuns.has(run))
      .map((run) => `"${run}" (${sourceRuns.get(run) ?? ''})`);

  it('reads at least one source page and has runs to compare with', () => {
    expect(sources.some((source) => source.name.endsWith('.txt'))).toBe(true);
    expect(sourceRuns.size).toBeGreaterThan(100);
  });

  it('would notice a sentence lifted from a source page', () => {
    const seed = sources.find((source) => source.name.endsWith('.txt'));
    const lifted = words(seed?.text ?? '')
      .slice(20, 20 + RUN_LENGTH + 2)
      .join(' ');
    expect(copiedRuns(`Indledning. ${lifted}.`).length).toBeGreaterThan(0);
  });

  it('shares no run of eight words with the sources: domain data, catalogues and documents, Danish and English', () => {
    const texts = appTexts();
    expect(texts.filter((t) => t.where.startsWith('domain.')).length).toBeGreaterThan(200);
    expect(texts.filter((t) => t.where.startsWith('catalogue:')).length).toBeGreaterThan(200);
    expect(texts.filter((t) => t.where.startsWith('document:')).length).toBeGreaterThan(50);
    const copies = texts.flatMap(({ where, lang, text }) =>
      copiedRuns(text).map((run) => `${where} (${lang}): ${run}`),
    );
    expect(copies).toEqual([]);
  });
});
