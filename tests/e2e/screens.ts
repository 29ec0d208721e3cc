/**
 * Every address of the app with the example network in it, with what the screen must show: its main
 * heading and one piece of content that is only there once the screen has its data. The address test
 * and the accessibility scans share it, so a scan never passes on a blank page.
 */
import { expect, type Page } from '@playwright/test';
import { MEETING_TABS } from '../../renderer/src/lib/meeting-tabs';
import { EXAMPLE_NETWORK, type TestApp } from './fixtures';

/** The records of the example the addresses point at. */
export interface ExampleIds {
  network: string;
  meeting: string;
  meetingTitle: string;
  /** The example's meeting still to come, which the meeting list shows. */
  upcomingTitle: string;
  reflection: string;
  reflectionTitle: string;
  agreement: string;
}

/** One address and what it shows. */
export interface Screen {
  /** Short name, for reports and screenshots. */
  name: string;
  hash: string;
  heading: string;
  /** A heading (any level) or a text inside the main area that only data puts there. */
  content: string;
}

/** Reads the example's ids (the example loaded) and starts an agreement so its steps have an address. */
export async function exampleIds(app: TestApp): Promise<ExampleIds> {
  const data = await app.readDataFile();
  const network = data.networks.find((n) => n.name === EXAMPLE_NETWORK)?.id ?? '';
  const meeting = data.meetings.find((m) => m.decisions.length > 0);
  const reflection = data.reflections[0];
  const { id: agreement } = await app.call('agreements:start', {
    networkId: network,
    counterpart: 'referenceleder',
  });
  const ids = {
    network,
    meeting: meeting?.id ?? '',
    meetingTitle: meeting?.title ?? '',
    upcomingTitle: data.meetings.find((m) => m.status === 'planned')?.title ?? '',
    reflection: reflection?.id ?? '',
    reflectionTitle: reflection?.title ?? '',
    agreement,
  };
  expect(Object.values(ids)).not.toContain('');
  return ids;
}

const TAB_NAMES = { plan: 'plan', agenda: 'dagsorden', participants: 'deltagere', opsamling: 'opsamling' } as const;
const TAB_CONTENT = {
  plan: 'Om mødet',
  agenda: 'Dagsorden',
  participants: 'Deltagere og fremmøde',
  opsamling: 'Punkt for punkt',
} as const;
const AGREEMENT_STEPS = ['Forberedelse', 'Parterne og perioden', 'Emner', 'Emner', 'Emner'];

/** Every route and every meeting tab of the example, by address. */
export function exampleScreens(ids: ExampleIds): Screen[] {
  const agreementTitle = 'Samarbejdsaftale med referencelederen';
  return [
    { name: 'overblik', hash: '#/', heading: 'Overblik', content: 'Mine netværk' },
    { name: 'netvaerksliste', hash: '#/netvaerk', heading: 'Netværk', content: EXAMPLE_NETWORK },
    { name: 'netvaerk', hash: `#/netvaerk/${ids.network}`, heading: EXAMPLE_NETWORK, content: 'Om netværket' },
    { name: 'personer', hash: '#/personer', heading: 'Personer', content: 'Mette Kjærgaard' },
    { name: 'moeder-liste', hash: '#/moeder', heading: 'Møder', content: ids.upcomingTitle },
    ...MEETING_TABS.map((tab) => ({
      name: `moede-${TAB_NAMES[tab]}`,
      hash: `#/moeder/${ids.meeting}/${tab}`,
      heading: ids.meetingTitle,
      content: TAB_CONTENT[tab],
    })),
    {
      name: 'moede-afvikl',
      hash: `#/moeder/${ids.meeting}/afvikl`,
      heading: `Afvikling: ${ids.meetingTitle}`,
      content: 'Klar til at starte',
    },
    { name: 'roller', hash: '#/roller', heading: 'Roller', content: 'Personaleleder' },
    { name: 'om-modellen', hash: '#/roller/om-modellen', heading: 'Om netværksmodellen', content: 'Grundlaget' },
    {
      name: 'rolle-co-driver',
      hash: `#/roller/codriver?netvaerk=${ids.network}`,
      heading: 'Co-driver',
      content: 'Samspil med de andre roller',
    },
    { name: 'refleksioner', hash: '#/refleksioner', heading: 'Refleksioner', content: ids.reflectionTitle },
    {
      name: 'refleksion',
      hash: `#/refleksioner/${ids.reflection}`,
      heading: ids.reflectionTitle,
      content: 'Spørgsmål til refleksion',
    },
    { name: 'aftaler', hash: '#/aftaler', heading: 'Samarbejdsaftaler', content: EXAMPLE_NETWORK },
    { name: 'aftale', hash: `#/aftaler/${ids.agreement}`, heading: agreementTitle, content: 'Udkast til version 1' },
    ...AGREEMENT_STEPS.map((content, i) => ({
      name: `aftale-trin-${i + 1}`,
      hash: `#/aftaler/${ids.agreement}/trin/${i + 1}`,
      heading: agreementTitle,
      content,
    })),
    { name: 'indstillinger', hash: '#/indstillinger', heading: 'Indstillinger', content: 'Sprog og udseende' },
  ];
}

/** The screen shows its heading and its content (not a blank or half-drawn page). */
export async function expectScreen(page: Page, screen: Screen): Promise<void> {
  const main = page.locator('#main');
  await expect(main.getByRole('heading', { level: 1 })).toHaveText(screen.heading);
  const asHeading = main.getByRole('heading', { name: screen.content, exact: true });
  const asText = main.getByText(screen.content, { exact: true });
  await expect(asHeading.or(asText).first()).toBeVisible();
}
