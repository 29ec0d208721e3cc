/**
 * Finds the source pages (the seeds) and the domain brief, which live beside the repository in a
 * folder named `shared` on machines that have them: next to the checkout, or a level or two further
 * up when the checkout is a worktree in a folder of its own.
 */

import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));

function findSharedDir(): string | null {
  let dir = path.resolve(repoRoot);
  for (let level = 0; level < 4; level += 1) {
    const candidate = path.resolve(dir, '..', 'shared');
    if (existsSync(path.join(candidate, 'seeds'))) return candidate;
    dir = path.resolve(dir, '..');
  }
  return null;
}

const sharedDir = findSharedDir();

/** Where the seeds are looked for, for the message when they are missing. */
export const seedsDirHint = path.resolve(repoRoot, '../shared/seeds');

/** The folder holding the seed pages, or null on a machine without them. */
export const seedsDir: string | null = sharedDir ? path.join(sharedDir, 'seeds') : null;

/** One source page or the brief, by file name. */
export interface SourcePage {
  name: string;
  text: string;
}

/** The seed pages (.txt), and the domain brief when present. */
export function readSourcePages(): SourcePage[] {
  if (!sharedDir || !seedsDir) return [];
  const seeds = readdirSync(seedsDir)
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => ({ name: file, text: readFileSync(path.join(seedsDir, file), 'utf8') }));
  const briefPath = path.join(sharedDir, 'domain', 'network-model.md');
  const brief = existsSync(briefPath) ? [{ name: 'network-model.md', text: readFileSync(briefPath, 'utf8') }] : [];
  return [...seeds, ...brief];
}
