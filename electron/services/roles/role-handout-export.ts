import type { ValidInputOf } from '../../shared/contract';
import { HOLDER_ROLE_IDS, roles } from '../../shared/domain';
import { phasesOf } from '../../shared/domain/phase-progress';
import { findNetwork } from '../networks/networks-service';
import { activePhaseModel } from '../phase-model/active-model';
import type { AppData } from '../storage/app-data';
import { type HandoutNetwork, type RoleHandoutSheet } from './role-handout-document';

type ExportInput = ValidInputOf<'roles:export-handout'>;

/** What the handout for one export says; pure over the stored data so tests can build it directly. */
export function roleHandoutSheet(data: AppData, input: ExportInput, now: Date): RoleHandoutSheet {
  const network = input.networkId === undefined ? null : handoutNetwork(data, input.networkId);
  const leaderName = network?.holders.find((h) => h.roleId === 'netvaerksleder')?.person?.name ?? '';
  const author = data.profile.name.trim() !== '' ? data.profile.name : leaderName;
  return {
    roleId: input.roleId,
    lang: input.lang ?? 'da',
    created: now,
    author,
    network,
    model: activePhaseModel(data),
  };
}

function handoutNetwork(data: AppData, networkId: string): HandoutNetwork {
  const network = findNetwork(data, networkId);
  const holders = HOLDER_ROLE_IDS.filter((roleId) => roles[roleId].holderRequired).map((roleId) => {
    const person = data.people.find((p) => p.id === network.roleHolders[roleId]);
    return {
      roleId,
      person: person
        ? { name: person.name, title: person.title, unit: person.unit, email: person.email, phone: person.phone }
        : null,
    };
  });
  return {
    name: network.name,
    theme: network.theme,
    currentPhaseId: phasesOf(network).currentPhaseId,
    holders,
    participantCount: network.participants.length,
  };
}
