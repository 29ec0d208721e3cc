import type { ReflectionKind } from '../../shared/domain/types';
import type { Network, Reflection, ReflectionAnswer } from '../../shared/entities';
import { addDays, todayInCopenhagen } from '../../shared/time';
import { reflectionPrompts } from '../../shared/domain/reflection-prompts';
import type { Clock } from '../clock';
import { newRecordBase } from '../records';
import type { AppData } from '../storage/app-data';

interface ExampleEntry {
  daysAgo: number;
  kind: ReflectionKind;
  title: string;
  body: string;
  answers?: Array<[promptId: string, text: string]>;
  tags: string[];
  energy: number;
  progress: number;
  private?: boolean;
}

/** A co-driver's first weeks in the example network, so the journal, its chart and filters have something to show. */
const exampleEntries: ExampleEntry[] = [
  {
    daysAgo: 20,
    kind: 'foer',
    title: 'Før opstartsmødet',
    body: 'Mette og jeg har aftalt, at jeg tager ordet ved runden om forventninger.',
    answers: [
      ['fremdrift-foer-1', 'At alle går herfra med en fælles forståelse af, hvorfor netværket findes.'],
      ['sidemandslaering-foer-1', 'Hvordan Mette åbner mødet og får alle til at føle sig velkomne.'],
    ],
    tags: ['opstart', 'forventninger'],
    energy: 4,
    progress: 2,
  },
  {
    daysAgo: 19,
    kind: 'efter',
    title: 'Efter opstartsmødet',
    body: 'Et godt første møde. Det, jeg tager med:\n\n- Runden om **hvorfor** gav ro i rummet.\n- Jobcentret og klubberne kendte ikke hinandens tilbud.\n- Vi brugte for lang tid på praktik til sidst.',
    tags: ['opstart'],
    energy: 3,
    progress: 3,
  },
  {
    daysAgo: 12,
    kind: 'fri',
    title: 'At holde pausen',
    body: 'Jeg lagde mærke til, at Mette lader stilheden stå, når ingen svarer med det samme. Det er *svært* for mig, men det virker: de stille deltagere kom på banen.\n\nDet vil jeg øve mig i.',
    tags: ['læring', 'facilitering'],
    energy: 4,
    progress: 3,
  },
  {
    daysAgo: 6,
    kind: 'foer',
    title: 'Før designworkshoppen',
    body: '',
    answers: [
      ['risikovillighed-foer-1', 'Vi prøver at lade de unge selv tegne deres vej gennem systemet.'],
      ['sparring-foer-2', 'Om vi har sat tid nok af til, at borgerperspektivet faktisk kan ændre noget.'],
    ],
    tags: ['design', 'borgerperspektiv'],
    energy: 3,
    progress: 4,
  },
  {
    daysAgo: 5,
    kind: 'efter',
    title: 'Efter designworkshoppen',
    body: 'Til mig selv: jeg blev usikker, da en leder satte spørgsmålstegn ved hele øvelsen. Det skal jeg tale med Mette om, før næste møde.',
    tags: ['sparring', 'mod'],
    energy: 2,
    progress: 4,
    private: true,
  },
];

/** Adds the example co-driver's journal to the example network; called while the network is being loaded. */
export function addExampleReflections(data: AppData, network: Network, clock: Clock): void {
  const today = todayInCopenhagen(clock.now());
  for (const seed of exampleEntries) {
    const entry: Reflection = {
      ...newRecordBase(clock),
      networkId: network.id,
      meetingId: null,
      kind: seed.kind,
      date: addDays(today, -seed.daysAgo),
      title: seed.title,
      body: seed.body,
      answers: (seed.answers ?? []).map(([promptId, text]): ReflectionAnswer => ({
        promptId,
        question: questionText(promptId),
        text,
      })),
      tags: seed.tags,
      energy: seed.energy,
      progress: seed.progress,
      private: seed.private ?? false,
      promptsHidden: false,
    };
    data.reflections.push(entry);
  }
}

function questionText(promptId: string): string {
  const prompt = reflectionPrompts.find((p) => p.id === promptId);
  if (!prompt) throw new Error(`Unknown example prompt ${promptId}`);
  return prompt.text.da;
}
