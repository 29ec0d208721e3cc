import path from 'node:path';
import { datasetDir } from './bench-paths';
import { openBenchServices } from './bench-services';
import { launchBenchBrowser } from './browser-session';
import { buildBarePage, measureOpen } from './step-open';
import { measureScroll } from './step-scroll';
await buildBarePage();
const browser = await launchBenchBrowser();
const services = await openBenchServices(datasetDir(10));
const r = path.join(process.cwd(), 'dist', 'renderer');

console.log(JSON.stringify(await measureScroll(browser, services, r, 10)));
await services.dispose(); await browser.close();
