import { promises as fs } from 'node:fs';
import path from 'node:path';
import { must, type TempServices } from '../../tests/support/temp-services';
import { copyBenchData, startBenchServices } from './bench-services';
import { atMost, info, type Figure } from './figures';
import { median, round, timed } from './stats';
import { START_CALLS } from './start-calls';

/**
 * The cold open: starting the services on a data folder and making the window's start calls,
 * against the floor of reading and parsing the same files in the same run. Floor and start take
 * turns, so both meet the same disk cache and the same neighbours.
 */
export async function measureStart(datasets: Array<{ years: number; dir: string }>, rounds = 7): Promise<Figure[]> {
  const figures: Figure[] = [];
  const startMedians = new Map<number, number>();
  for (const { years, dir } of datasets) {
    const floors: number[] = [];
    const starts: number[] = [];
    for (let i = 0; i < rounds; i += 1) {
      floors.push(await timed(() => readAndParse(dir)));
      let services: TempServices | undefined;
      // Copying the folder is the bench's own work, not the app's: only the open and the calls are timed.
      const copy = await copyBenchData(dir);
      starts.push(
        await timed(async () => {
          services = await startBenchServices(copy);
          for (const [channel, input] of START_CALLS) await must(services, channel, input);
        }),
      );
      await services?.dispose();
    }
    const start = median(starts);
    const floor = median(floors);
    startMedians.set(years, start);
    figures.push(
      atMost(
        `start.${years}y.ratio`,
        `Start + første skærms kald, ${years} år ÷ læs og fortolk filerne`,
        round(start / floor),
        '×',
        1.5,
        { startMs: round(start), readParseMs: round(floor) },
      ),
    );
  }
  const ten = startMedians.get(10);
  const thirty = startMedians.get(30);
  if (ten !== undefined && thirty !== undefined) {
    figures.push(atMost('start.30yVs10y', 'Start, 30 år ÷ 10 år', round(thirty / ten), '×', 3.3));
  } else if (ten !== undefined) {
    figures.push(info('start.10y.ms', 'Start + første skærms kald, 10 år', round(ten), 'ms'));
  }
  return figures;
}

/** What opening costs at the least: every file the store reads at start, read and parsed. */
async function readAndParse(dir: string): Promise<void> {
  const names = await fs.readdir(dir);
  for (const name of names) {
    if (name === 'ledelsesrum.json') JSON.parse(await fs.readFile(path.join(dir, name), 'utf8'));
    else if (name.endsWith('.jsonl')) {
      for (const line of (await fs.readFile(path.join(dir, name), 'utf8')).split('\n')) if (line) JSON.parse(line);
    }
  }
}
