import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Figure } from './figures';

/** The whole run as written to results.json. */
export interface BenchReport {
  startedAt: string;
  seconds: number;
  /** Whether the data folder was encrypted at rest while the figures were taken. */
  encrypted: boolean;
  figures: Figure[];
}

/** A plain-text table: figure, value, goal, and PASS/FAIL (or "–" for context-only figures). */
export function formatTable(figures: Figure[]): string {
  const rows = figures.map((f) => [
    f.label,
    `${f.value} ${f.unit}`,
    f.goal,
    f.pass === null ? '–' : f.pass ? 'PASS' : 'FAIL',
  ]);
  const head = ['Figur', 'Værdi', 'Mål', 'Resultat'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

/** Writes the report as JSON, creating the folder if needed. */
export async function writeReport(file: string, report: BenchReport): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  await fs.writeFile(file, `${JSON.stringify(report, null, 2)}\n`);
}
