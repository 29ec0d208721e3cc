import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

// The layer rules live in eslint.config.js and `npm run check` runs them over the tree; this proves the
// rules themselves catch every way of importing: static, export-from, dynamic import() and require().
const eslint = new ESLint({ overrideConfig: tseslint.configs.disableTypeChecked });

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

const forms = (specifier: string): string[] => [
  `import x from '${specifier}';\nexport const y = x;`,
  `export { x } from '${specifier}';`,
  `export const y = import('${specifier}');`,
  `export const y = require('${specifier}');`,
];

const layerRules = new Set(['no-restricted-imports', 'no-restricted-syntax']);

async function refused(filePath: string, specifier: string): Promise<boolean[]> {
  return Promise.all(
    forms(specifier).map(async (code) => (await problems(filePath, code)).some((rule) => layerRules.has(rule))),
  );
}

describe('the layers keep their boundaries', () => {
  const cases: Array<[layer: string, file: string, specifiers: string[]]> = [
    [
      'electron/shared',
      'electron/shared/contract/x.ts',
      [
        'node:fs',
        'fs',
        'path',
        'os',
        'crypto',
        'fs/promises',
        'electron',
        '../services/x',
        '../../services/y',
        '../main/x',
      ],
    ],
    ['a top-level shared file', 'electron/shared/x.ts', ['../services/app-services', 'node:path']],
    ['electron/services', 'electron/services/networks/x.ts', ['electron', '../../main/ipc', '../../preview/cli']],
    [
      'the renderer',
      'renderer/src/screens/x.ts',
      ['node:fs', 'child_process', 'electron', '../../../electron/services/x', '$shared/../services/x'],
    ],
  ];

  for (const [layer, file, specifiers] of cases)
    it(`${layer} refuses ${specifiers.join(', ')} in every import form`, async () => {
      for (const specifier of specifiers)
        expect({ specifier, refused: await refused(file, specifier) }).toEqual({
          specifier,
          refused: [true, true, true, true],
        });
    });

  it('lets each layer import what it may', async () => {
    expect(await refused('electron/services/networks/x.ts', 'node:fs')).toEqual([false, false, false, false]);
    expect(await refused('electron/services/networks/x.ts', '../../shared/contract')).toEqual([
      false,
      false,
      false,
      false,
    ]);
    expect(await refused('renderer/src/screens/x.ts', '$shared/contract')).toEqual([false, false, false, false]);
    expect(await refused('electron/main/x.ts', 'electron')).toEqual([false, false, false, false]);
  });

  it('only renderer/src/lib/api.ts touches window.api', async () => {
    const code = 'export const api = window.api;';
    expect(await problems('renderer/src/screens/x.ts', code)).toContain('no-restricted-syntax');
    expect(await problems('renderer/src/lib/api.ts', code)).not.toContain('no-restricted-syntax');
  });

  it('the renderer never renders raw HTML, and the code uses no `any`', async () => {
    expect(await problems('renderer/src/screens/X.svelte', '<p>{@html "<b>x</b>"}</p>')).toContain(
      'svelte/no-at-html-tags',
    );
    expect(await problems('electron/services/x.ts', 'export const x: any = 1;')).toContain(
      '@typescript-eslint/no-explicit-any',
    );
  });
});
