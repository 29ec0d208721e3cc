import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../../../renderer/src');

function svelteFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return svelteFiles(full);
    return entry.name.endsWith('.svelte') ? [full] : [];
  });
}

describe('input length limits in the UI', () => {
  it('come from the contract and the records, never a number typed into the markup', () => {
    // A typed-in number drifts: the decision field once stopped at 2,000 characters where the contract allows 20,000.
    const literals = svelteFiles(root).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/maxlength=(?:"\d+"|\{\s*[\d_]+\s*\})/g)].map(
        (match) => `${path.relative(root, file)}: ${match[0]}`,
      ),
    );
    expect(literals).toEqual([]);
  });
});
