import { setTimeout as pause } from 'node:timers/promises';
import type { SearchAnswer } from '../../electron/shared/contract/search';
import type { Reflection } from '../../electron/shared/entities';
import { must } from '../../tests/support/temp-services';
import { openBenchServices } from './bench-services';
import { atMost, info, under, type Figure } from './figures';
import { START_CALLS } from './start-calls';
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
    // The user's first Ctrl+K comes right after the window is interactive: the start calls made, nothing more.
    for (const [channel, input] of START_CALLS) await must(services, channel, input);
    let firstAnswer: SearchAnswer | undefined;
    const first = await timed(async () => {
      firstAnswer = await must(services, 'search:query', { text: words[0] ?? 'netværk' });
    });
    // How long after that the index holds everything (the first answer may come from part of it).
    const untilComplete = await timed(async () => {
      while (!(await must(services, 'search:query', { text: 'a' })).complete) await pause(20);
    });
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
      atMost(
        `search.first.${years}y.ratio`,
        `Første søgning efter start ÷ p95 af de senere, ${years} år`,
        round(first / Math.max(percentile(global, 0.95), 0.001)),
        '×',
        1.5,
        { firstMs: round(first), laterP95Ms: round(percentile(global, 0.95)), complete: firstAnswer?.complete ? 1 : 0 },
      ),
      info(
        `search.indexReady.${years}y`,
        `Søgeindekset er helt bygget, efter første søgning, ${years} år`,
        round(untilComplete),
        'ms',
      ),
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
