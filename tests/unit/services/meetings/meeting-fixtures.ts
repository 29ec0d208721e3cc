import type { Meeting, Network, Person } from '../../../../electron/shared/entities';
import type { ChannelName } from '../../../../electron/shared/contract';
import { must, type TempServices } from '../../../support/temp-services';

/** A network with a leader, a co-driver (with e-mail) and two participants; returns them by role. */
export async function networkWithPeople(
  services: TempServices,
): Promise<{ network: Network; leader: Person; codriver: Person; anna: Person; bo: Person; reference: Person }> {
  const network = await must(services, 'networks:create', { name: 'Sammen om ældres trivsel' });
  const person = (name: string, email = '', unit = '') => must(services, 'people:create', { name, email, unit });
  const leader = await person('Hanne Vestergaard', 'hanne@kommune.example', 'Ældre og Sundhed');
  const codriver = await person('Ali Yilmaz', 'ali@kommune.example', 'Kultur og Fritid');
  const reference = await person('Birgitte Dahl', 'birgitte@kommune.example');
  const anna = await person('Anna Holm', '', 'Hjemmeplejen');
  const bo = await person('Bo Lind', 'bo@kommune.example');
  await must(services, 'networks:assign-role', { id: network.id, role: 'netvaerksleder', personId: leader.id });
  await must(services, 'networks:assign-role', { id: network.id, role: 'codriver', personId: codriver.id });
  await must(services, 'networks:assign-role', { id: network.id, role: 'referenceleder', personId: reference.id });
  await must(services, 'networks:add-participant', { id: network.id, personId: anna.id });
  await must(services, 'networks:add-participant', { id: network.id, personId: bo.id });
  return { network, leader, codriver, anna, bo, reference };
}

/** Plans a meeting through the channel; defaults to a Monday morning in late November 2026. */
export function planMeeting(
  services: TempServices,
  networkId: string,
  input: Record<string, unknown> = {},
): Promise<Meeting> {
  return must(services, 'meetings:create', { networkId, date: '2026-11-23', startTime: '09:30', ...input });
}

/** The error a channel answers with, failing the test if the call succeeded. */
export async function refused(
  services: TempServices,
  channel: ChannelName,
  input: unknown,
): Promise<{ code: string; message: string }> {
  const result = await services.dispatch(channel, input);
  if (result.ok) throw new Error(`${channel} was expected to fail`);
  return result.error;
}
