import type { LocalizedText, RoleId } from '$shared/domain';
import type { Network } from '$shared/entities';
import { api, call } from '../api';
import { i18n } from '../i18n/i18n.svelte';
import { exportsState } from './exports.svelte';

/** A domain text in the language the user has chosen; reading it in a template follows language changes. */
export function loc(text: LocalizedText): string {
  return text[i18n.lang];
}

/** Networks in use, by name, for lists of who holds which role. */
export function networksByName(all: Network[]): Network[] {
  return all.filter((n) => n.archivedAt === null).sort((a, b) => a.name.localeCompare(b.name, 'da'));
}

/** Writes the role handout where the user chooses and says where it went. */
export async function exportRoleHandout(roleId: RoleId, networkId: string | null): Promise<void> {
  const result = await call(api.roles.exportHandout({ roleId, lang: i18n.lang, ...(networkId ? { networkId } : {}) }));
  await exportsState.finish(result);
}
