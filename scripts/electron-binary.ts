/** Finds the Electron binary the `electron` package would run, without triggering its download. */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/** The binary's path, or null when it is not on this machine. */
export function electronBinary(): string | null {
  const require = createRequire(import.meta.url);
  let packageDir: string;
  try {
    packageDir = path.dirname(require.resolve('electron/package.json'));
  } catch {
    return null;
  }
  const pathFile = path.join(packageDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null;
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) return path.join(override, relative ?? 'electron');
  if (!relative) return null;
  const binary = path.join(packageDir, 'dist', relative);
  return existsSync(binary) ? binary : null;
}

/** What to tell a person whose machine has no Electron binary: one paragraph, Danish then English. */
export const MISSING_ELECTRON_MESSAGE = `
Ledelsesrum kan ikke åbne sit vindue: selve Electron-programmet er ikke installeret på denne maskine,
og det kunne ikke hentes (der er ingen forbindelse til Electrons downloadside herfra). Du kan stadig
prøve hele appen med de samme data i din browser: kør «npm run preview». Når maskinen har internet,
henter «npx install-electron --no» programmet, og derefter starter «npm start» skrivebordsappen.

Ledelsesrum cannot open its window: the Electron program itself is not installed on this machine and
could not be downloaded. You can still try the whole app, with the same data, in your browser: run
"npm run preview". Once the machine has internet access, "npx install-electron --no" fetches the
program, and "npm start" then opens the desktop app.
`;
