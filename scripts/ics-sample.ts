/**
 * Writes one sample meeting invitation to artifacts/ics/sample.ics so people can import it into a
 * calendar and look. Run with `npx tsx scripts/ics-sample.ts`. The clock is fixed so the file is
 * the same on every run.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildIcs, type IcsMeeting } from '../electron/services/export/ics';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT_FILE = path.join(REPO_ROOT, 'artifacts', 'ics', 'sample.ics');

const sample: IcsMeeting = {
  id: 'sample-meeting-0001',
  title: 'Netværksmøde: trivsel på tværs – opstart',
  date: '2026-11-24',
  startTime: '09:30',
  durationMinutes: 150,
  location: 'Rådhuset, mødelokale 2; indgang fra gården',
  onlineUrl: 'https://meet.example.org/netvaerk-trivsel',
  description: 'Vi lærer hinanden at kende, aftaler rammerne og vælger det første spor at arbejde med.',
  agenda: [
    { title: 'Velkomst og formål', minutes: 15 },
    { title: 'Runde: hvad bringer du med?', minutes: 30 },
    { title: 'Dialog i par om udfordringen', minutes: 40 },
    { title: 'Pause', minutes: 15 },
    { title: 'Beslutning: første spor', minutes: 30 },
    { title: 'Næste skridt og afrunding', minutes: 20 },
  ],
  organizer: { name: 'Netværksleder Anne Ø. Sørensen', email: 'anne.sorensen@example.org' },
  attendees: [
    { name: 'Co-driver Mads Æbelø', email: 'mads.aebeloe@example.org' },
    { name: 'Jensen, Line "LJ"', email: 'line.jensen@example.org' },
    { name: 'Kasper Holm' },
  ],
  status: 'planned',
  sequence: 0,
};

mkdirSync(path.dirname(OUT_FILE), { recursive: true });
writeFileSync(OUT_FILE, buildIcs(sample, new Date('2026-11-10T08:00:00Z')), 'utf8');
console.log(`Wrote ${path.relative(REPO_ROOT, OUT_FILE)}`);
