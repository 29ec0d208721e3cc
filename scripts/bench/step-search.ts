import type { Reflection } from '../../electron/shared/entities';
import { must } from '../../tests/support/temp-services';
import { openBenchServices } from './bench-services';
import { info, under, type Figure } from './figures';
import { percentile, round, timed } from './stats';

/**
 * Types 200 queries a letter at a time and times every keystroke's answer through the real
 * dispatch: global search (Ctrl+K) and the journal's search field. Words come from the data,
 * so most keystrokes find something, as they would for a user.
 */
export async function measureSearch(sourceDir: string, years: number, queries = 200): Promise<Figure[]> {
  const services = await openBenchServices(sourceDir);
  try {
    const words = queryWords(services.store.data.reflections, queries);
    // The index is built on the first query after start; that one-off cost is shown on its own.
    const build = await timed(() => must(services, 'search:query', { text: 'a' }));
    const global: number[] = [];
    const journal: number[] = [];
    for (const word of words) {
      for (let length = 1; length <= word.length; length += 1) {
        const text = word.slice(0, length);
        global.push(await timed(() => must(services, 'search:query', { text })));
        // What the journal's search field calls: the matching ids, newest day first.
        journal.push(await timed(() => must(services, 'reflections:find', { query: text })));
      }
    }
    return [
      under(
        `search.global.${years}y.p95`,
        `Global søgning pr. tastetryk, ${years} år: p95`,
        round(percentile(global, 0.95)),
        'ms',
        16,
        {
          keystrokes: global.length,
          p50Ms: round(percentile(global, 0.5)),
        },
      ),
      under(
        `search.journal.${years}y.p95`,
        `Søgning i journalen pr. tastetryk, ${years} år: p95`,
        round(percentile(journal, 0.95)),
        'ms',
        16,
        {
          keystrokes: journal.length,
          p50Ms: round(percentile(journal, 0.5)),
        },
      ),
      info(`search.indexBuild.${years}y`, `Søgeindeks bygges første gang, ${years} år`, round(build), 'ms'),
    ];
  } finally {
    await services.dispose();
  }
}

/** `count` words of five letters or more from the journal, spread over it, some with a second word. */
function queryWords(entries: Reflection[], count: number): string[] {
  const words = entries.flatMap((e) => e.body.split(/[^\p{L}]+/u)).filter((w) => w.length >= 5);
  if (words.length === 0) return ['netværk'];
  const step = Math.max(1, Math.floor(words.length / count));
  return Array.from({ length: count }, (_, i) => {
    const word = (words[(i * step) % words.length] ?? 'netværk').toLowerCase();
    return i % 4 === 3 ? `${word} ${(words[(i * step + 7) % words.length] ?? '').toLowerCase().slice(0, 4)}` : word;
  });
}
