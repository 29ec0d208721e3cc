/**
 * All domain text must be our own wording. This compares it with the source pages and the domain
 * brief, which live beside the repository (../shared) on machines that have them.
 */

import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

import * as domain from '../../../../electron/shared/domain';
import { collectLocalizedTexts } from './collect-localized-texts';

/** A run this long shared with a source counts as copying. */
const RUN_LENGTH = 8;

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const seedsDir = path.resolve(repoRoot, '../shared/seeds');
const briefPath = path.resolve(repoRoot, '../shared/domain/network-model.md');

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

function readSources(): Array<{ name: string; text: string }> {
  const seeds = readdirSync(seedsDir)
    .filter((file) => file.endsWith('.txt'))
    .map((file) => ({ name: file, text: readFileSync(path.join(seedsDir, file), 'utf8') }));
  const brief = existsSync(briefPath) ? [{ name: 'network-model.md', text: readFileSync(briefPath, 'utf8') }] : [];
  return [...seeds, ...brief];
}

const sourcesPresent = existsSync(seedsDir);
if (!sourcesPresent) {
  console.info(`Skipping the own-words check: the source pages folder ${seedsDir} is not on this machine.`);
}

describe.skipIf(!sourcesPresent)('domain text is written in our own words', () => {
  const sources = sourcesPresent ? readSources() : [];
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

  it('shares no run of eight words with the sources, in Danish or English', () => {
    const { texts } = collectLocalizedTexts(domain, 'domain');
    expect(texts.length).toBeGreaterThan(100);
    const copies = texts.flatMap(({ path: where, text }) =>
      [...copiedRuns(text.da), ...copiedRuns(text.en)].map((run) => `${where}: ${run}`),
    );
    expect(copies).toEqual([]);
  });
});
