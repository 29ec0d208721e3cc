import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { info, type Figure } from './figures';
import { round } from './stats';

const run = promisify(execFile);

/**
 * Memory of the main process's part (the services) with a data set loaded, measured in a fresh
 * Node process so nothing the bench itself holds is counted. Electron's own runtime comes on top.
 */
export async function measureMainMemory(sourceDir: string, years: number): Promise<Figure[]> {
  const probe = path.join(process.cwd(), 'scripts', 'bench', 'memory-probe.ts');
  const { stdout } = await run(process.execPath, ['--expose-gc', '--import', 'tsx', probe, sourceDir], {
    maxBuffer: 1 << 20,
  });
  const last = stdout.trim().split('\n').at(-1) ?? '{}';
  const usage = JSON.parse(last) as { rss: number; heapUsed: number };
  const mb = (bytes: number) => round(bytes / (1024 * 1024));
  return [
    info(`memory.main.${years}y.rss`, `Hovedproces (tjenester) med ${years} år indlæst: RSS`, mb(usage.rss), 'MB'),
    info(
      `memory.main.${years}y.heap`,
      `Hovedproces (tjenester) med ${years} år indlæst: heap i brug`,
      mb(usage.heapUsed),
      'MB',
    ),
  ];
}
