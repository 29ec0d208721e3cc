/**
 * Run in a process of its own (with --expose-gc): opens the services on a data folder, makes the
 * calls the app makes on start, and prints the memory in use afterwards as JSON.
 */
import { must } from '../../tests/support/temp-services';
import { openBenchServices } from './bench-services';
import { START_CALLS } from './start-calls';

const sourceDir = process.argv[2];
if (!sourceDir) throw new Error('usage: memory-probe <data folder>');
const services = await openBenchServices(sourceDir);
for (const [channel, input] of [...START_CALLS, ['search:query', { text: 'netværk' }] as const]) {
  await must(services, channel, input);
}
const gc = (globalThis as { gc?: () => void }).gc;
gc?.();
const usage = process.memoryUsage();
console.log(JSON.stringify({ rss: usage.rss, heapUsed: usage.heapUsed }));
await services.dispose();
