// ESLint: typescript-eslint with type information, eslint-plugin-svelte, and the layer rules
// (which layer may import what) that ARCHITECTURE.md states as invariants.
import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

const nodeBuiltins = [...new Set(builtinModules.map((m) => m.replace(/^node:/, '')))];
const nodeSpecifier = `^(node:.*|(${nodeBuiltins.join('|').replaceAll('/', '\\/')})(\\/.*)?)$`;

/** One forbidden import: a static import, an export-from, a dynamic import() or a require(). */
function forbid(name, pattern, message) {
  return { name, pattern, message };
}

const noNode = forbid('node', nodeSpecifier, 'Dette lag bruger ikke Node (node:* og Nodes indbyggede moduler).');
const noElectron = forbid(
  'electron',
  '^electron(\\/.*)?$',
  'Kun electron/main og electron/preload importerer electron.',
);
const noServices = forbid('services', '(^|\\/)services(\\/|$)', 'Dette lag når kun tjenesterne gennem kontrakten.');
const noHosts = forbid(
  'hosts',
  '(^|\\/)(main|preload|preview)(\\/|$)',
  'Værterne (main, preload, preview) ligger over dette lag.',
);
const noRenderer = forbid('renderer', '(^|\\/)renderer(\\/|$)', 'Rendereren ligger over dette lag.');

/**
 * Rules for a layer: `no-restricted-imports` for static imports and export-from, and
 * `no-restricted-syntax` for what that rule does not see: `import()` and `require()` with the same names.
 */
function layer(files, rules, { extraSyntax = [], ignores = [] } = {}) {
  const patterns = rules.map((r) => ({ regex: r.pattern, message: r.message }));
  const syntax = rules.flatMap((r) => [
    { selector: `ImportExpression[source.value=/${r.pattern}/]`, message: r.message },
    { selector: `CallExpression[callee.name='require'][arguments.0.value=/${r.pattern}/]`, message: r.message },
  ]);
  return {
    files,
    ignores,
    rules: {
      'no-restricted-imports': ['error', { patterns }],
      'no-restricted-syntax': ['error', ...syntax, ...extraSyntax],
    },
  };
}

const rendererLayer = [noNode, noElectron, noServices, noHosts];
const onlyApiTouchesWindowApi = {
  selector: "MemberExpression[object.name='window'][property.name='api']",
  message: 'Kun renderer/src/lib/api.ts rører window.api; brug api/call derfra.',
};

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'release/**',
      'build/**',
      'resources/**',
      'test-results/**',
      'playwright-report/**',
      'artifacts/**',
      'node_modules/**',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  svelte.configs.recommended,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['*.js', '*.cjs', 'renderer/*.js'] },
        tsconfigRootDir: import.meta.dirname,
        extraFileExtensions: ['.svelte'],
      },
      globals: { ...globals.node },
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: {
      parserOptions: { parser: tseslint.parser, svelteConfig },
      globals: { ...globals.browser },
    },
  },
  {
    files: ['renderer/src/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // Config files and CommonJS builder config are plain JavaScript: no type information there.
    files: ['**/*.js', '**/*.cjs'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // An async function without await is how the code keeps a promise-returning signature.
      '@typescript-eslint/require-await': 'off',
      // The export and file-name sanitisers strip control characters on purpose.
      'no-control-regex': 'off',
      // It flags Maps built and thrown away inside one $derived; lasting state is $state.raw, replaced whole.
      'svelte/prefer-svelte-reactivity': 'off',
    },
  },
  {
    // In .svelte files the type service sees imported components untyped; svelte-check types them.
    files: ['**/*.svelte'],
    rules: {
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    // Tests read reports and files as JSON and step through records one assignment at a time.
    files: ['tests/**', 'scripts/**'],
    rules: {
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/restrict-template-expressions': 'off',
    },
  },
  {
    // Playwright fixtures must destructure their (empty) dependencies.
    files: ['tests/e2e/**'],
    rules: { 'no-empty-pattern': 'off' },
  },
  {
    // The bench's bare page lives outside the renderer's project; it is checked by its own build.
    files: ['scripts/bench/bare/**'],
    extends: [tseslint.configs.disableTypeChecked],
    rules: { '@typescript-eslint/triple-slash-reference': 'off' },
  },
  layer(['electron/shared/**'], [noNode, noElectron, noServices, noHosts, noRenderer]),
  layer(['electron/services/**'], [noElectron, noHosts, noRenderer]),
  layer(['renderer/src/**'], rendererLayer, {
    extraSyntax: [onlyApiTouchesWindowApi],
    ignores: ['renderer/src/lib/api.ts'],
  }),
  layer(['renderer/src/lib/api.ts'], rendererLayer),
  {
    files: ['electron/**', 'renderer/src/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'error', 'svelte/no-at-html-tags': 'error' },
  },
);
