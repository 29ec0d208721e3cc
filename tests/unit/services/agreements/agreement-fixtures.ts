import type { Agreement, Network } from '../../../../electron/shared/entities';
import { agreementDefinitions, type CounterpartRole } from '../../../../electron/shared/domain';
import type { SaveDialog } from '../../../../electron/services/export/save-export';
import { must, type TempServices } from '../../../support/temp-services';

/** The example network (with its four role holders) and a fresh agreement draft for one counterpart. */
export async function startOn(
  services: TempServices,
  counterpart: CounterpartRole,
): Promise<{ network: Network; agreement: Agreement }> {
  const network = await must(services, 'networks:load-example', {});
  const agreement = await must(services, 'agreements:start', { networkId: network.id, counterpart });
  return { network, agreement };
}

/** Texts for every required topic of a counterpart, each naming its topic so tests can find it again. */
export function requiredTopicTexts(counterpart: CounterpartRole): Record<string, string> {
  return Object.fromEntries(
    agreementDefinitions[counterpart].topics
      .filter((t) => t.required)
      .map((t) => [t.id, `Vi aftaler: ${t.title.da.toLowerCase()}.`]),
  );
}

/** Fills a draft far enough to approve and approves it. */
export async function approveFilled(
  services: TempServices,
  agreement: Agreement,
  dates: { agreedDate: string; reviewDate: string } = { agreedDate: '2026-11-23', reviewDate: '2027-05-20' },
): Promise<Agreement> {
  await must(services, 'agreements:update-draft', {
    id: agreement.id,
    patch: {
      topics: requiredTopicTexts(agreement.counterpart),
      periodFrom: '2026-12-01',
      periodTo: '2027-06-30',
      ...dates,
    },
  });
  const result = await must(services, 'agreements:approve', { id: agreement.id });
  if (result.issues.length > 0) throw new Error(`Approval refused: ${result.issues.map((i) => i.message).join(' ')}`);
  return result.agreement;
}

/** A save dialog that "chooses" a numbered file in the test's data folder and notes each path in `chosen`. */
export function recordingSaveDialog(dataDir: () => string, chosen: string[]): SaveDialog {
  return async (request) => {
    const target = `${dataDir()}/${chosen.length + 1}-${request.defaultFileName}`;
    chosen.push(target);
    return target;
  };
}
