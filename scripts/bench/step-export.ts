import type { Agreement, Meeting } from '../../electron/shared/entities';
import { must } from '../../tests/support/temp-services';
import { BENCH_TODAY } from './data/generate-dataset';
import { addDays } from './data/dates';
import { openBenchServices } from './bench-services';
import { info, under, type Figure } from './figures';
import { median, round, timed } from './stats';
import type { ChannelName, InputOf } from '../../electron/shared/contract';

/**
 * Times the Word exports a user waits for, through the real dispatch down to the durable file:
 * the agreement with the most versions, the fullest meeting's minutes, and the last year's journal.
 * Each is run a few times and the median kept; the first run warms the code up and is dropped.
 */
export async function measureExports(sourceDir: string, years: number, runs = 5): Promise<Figure[]> {
  const services = await openBenchServices(sourceDir);
  try {
    const { agreements, meetings } = services.store.data;
    const agreement = mostOf(agreements, (a: Agreement) => a.versions.length);
    const meeting = mostOf(
      meetings.filter((m) => m.status === 'held'),
      (m: Meeting) => m.agenda.length + m.decisions.length + m.actions.length + m.participants.length,
    );
    const yearAgo = addDays(BENCH_TODAY, -365);
    const timesOf = async <C extends ChannelName>(channel: C, input: InputOf<C>): Promise<number> => {
      const samples: number[] = [];
      for (let i = 0; i <= runs; i += 1) samples.push(await timed(() => must(services, channel, input)));
      return median(samples.slice(1));
    };
    const agreementMs = await timesOf('agreements:export', { id: agreement.id, lang: 'da' });
    const minutesMs = await timesOf('meetings:export-minutes', { id: meeting.id, lang: 'da' });
    const journalMs = await timesOf('reflections:export', { from: yearAgo, to: BENCH_TODAY, lang: 'da' });
    return [
      under(
        `export.agreement.${years}y`,
        `Aftale som .docx (${agreement.versions.length} versioner), ${years} år`,
        round(agreementMs),
        'ms',
        100,
      ),
      info(`export.minutes.${years}y`, `Mødereferat som .docx, ${years} år`, round(minutesMs), 'ms'),
      under(`export.journalYear.${years}y`, `Et års journal som .docx, ${years} år`, round(journalMs), 'ms', 500),
    ];
  } finally {
    await services.dispose();
  }
}

function mostOf<T>(items: T[], weight: (item: T) => number): T {
  const best = items.reduce<T | undefined>(
    (top, item) => (top === undefined || weight(item) > weight(top) ? item : top),
    undefined,
  );
  if (best === undefined) throw new Error('the data set has nothing to export');
  return best;
}
