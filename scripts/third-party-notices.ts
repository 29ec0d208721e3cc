/**
 * `npm run notices`: writes THIRD_PARTY_NOTICES.md, the libraries the app ships (bundled into the
 * renderer and the Electron main) with their licences. The list is found, not kept by hand: every
 * package the app's own source imports, and what those packages depend on in turn.
 */
import { existsSync, promises as fs } from 'node:fs';
import path from 'node:path';

/** Where the app's own source lives: what is bundled into the installer. */
const SOURCE_DIRS = ['electron', 'renderer/src'];
/** Provided by the host at run time, never bundled. */
const NOT_BUNDLED = new Set(['electron']);

export const NOTICES_FILE = 'THIRD_PARTY_NOTICES.md';

interface LockEntry {
  version?: string;
  license?: string;
  dependencies?: Record<string, string>;
}

/** The package a bare import names: `docx`, `date-fns/locale/da` → `date-fns`, `@scope/x/y` → `@scope/x`. */
export function packageOf(specifier: string): string | null {
  if (specifier.startsWith('.') || specifier.startsWith('/') || specifier.startsWith('node:')) return null;
  if (specifier.startsWith('$')) return null; // the project's own path aliases
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? null);
}

/** Every package the app's source imports, by name. */
export async function importedPackages(root: string): Promise<Set<string>> {
  const found = new Set<string>();
  for (const dir of SOURCE_DIRS) {
    for (const file of await sourceFiles(path.join(root, dir))) {
      const text = await fs.readFile(file, 'utf8');
      // `from 'x'`, `import 'x'` and `import('x')`, with x shaped like a module name.
      for (const match of text.matchAll(/(?:\bfrom|\bimport\s*\(?)\s*['"]((?:@[\w.-]+\/)?[\w$.-][\w./-]*)['"]/g)) {
        const name = packageOf(match[1] ?? '');
        if (name !== null && !NOT_BUNDLED.has(name) && !name.startsWith('node:')) found.add(name);
      }
    }
  }
  return found;
}

/** The imported packages and everything they depend on, as the lock file has them. */
export async function shippedPackages(root: string): Promise<Array<{ name: string } & LockEntry>> {
  const lock = JSON.parse(await fs.readFile(path.join(root, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, LockEntry>;
  };
  const shipped = new Map<string, LockEntry>();
  const queue = [...(await importedPackages(root))];
  while (queue.length > 0) {
    const name = queue.pop() as string;
    if (shipped.has(name)) continue;
    const entry = lock.packages[`node_modules/${name}`];
    if (!entry) throw new Error(`${name} is imported but not in package-lock.json`);
    shipped.set(name, entry);
    queue.push(...Object.keys(entry.dependencies ?? {}));
  }
  return [...shipped].map(([name, entry]) => ({ name, ...entry })).sort((a, b) => a.name.localeCompare(b.name));
}

/** The notices file's text. */
export async function noticesText(root: string): Promise<string> {
  const parts = [
    '# Third-party notices',
    '',
    'Ledelsesrum ships these libraries inside the app. Each is listed with its version, its licence and the',
    'licence text it comes with. Made by `npm run notices`; a test keeps it in step with package-lock.json.',
  ];
  for (const pkg of await shippedPackages(root)) {
    parts.push('', `## ${pkg.name} ${pkg.version ?? ''}`.trimEnd(), '', `Licence: ${pkg.license ?? 'not stated'}`);
    const text = await licenceText(path.join(root, 'node_modules', pkg.name));
    if (text !== null) parts.push('', '```text', text.trim(), '```');
  }
  return `${parts.join('\n')}\n`;
}

async function licenceText(dir: string): Promise<string | null> {
  if (!existsSync(dir)) return null;
  const name = (await fs.readdir(dir)).find((file) => /^(licen[cs]e|copying)(\.|$)/i.test(file));
  return name === undefined ? null : fs.readFile(path.join(dir, name), 'utf8');
}

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && /\.(ts|svelte|js)$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = process.cwd();
  await fs.writeFile(path.join(root, NOTICES_FILE), await noticesText(root));
  console.log(`${NOTICES_FILE} skrevet.`);
}
