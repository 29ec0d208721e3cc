import type { Profile } from '$shared/entities';
import { api, call } from '../api';
import { saveStatus } from './save-status.svelte';

/**
 * The two privacy choices kept in the profile: "Skjul private" (the services leave private entries
 * out of every list and search while it is on) and "Nye refleksioner er private".
 */
class PrivacyState {
  #hidePrivate = $state(false);
  #privateByDefault = $state(false);

  /** True while private entries are hidden (screen sharing). */
  get hidePrivate(): boolean {
    return this.#hidePrivate;
  }

  /** True when new entries start private. */
  get privateByDefault(): boolean {
    return this.#privateByDefault;
  }

  /** Takes the saved choices from the profile. */
  apply(profile: Profile): void {
    this.#hidePrivate = profile.hidePrivate === true;
    this.#privateByDefault = profile.privateByDefault === true;
  }

  /** Remembers "Skjul private"; the caller reloads what lists entries. */
  async setHidePrivate(on: boolean): Promise<void> {
    this.#hidePrivate = on;
    await saveStatus.track(() => call(api.profile.update({ patch: { hidePrivate: on } })));
  }

  /** Remembers whether new entries start private. */
  async setPrivateByDefault(on: boolean): Promise<void> {
    this.#privateByDefault = on;
    await saveStatus.track(() => call(api.profile.update({ patch: { privateByDefault: on } })));
  }
}

/** The app's privacy choices. */
export const privacy = new PrivacyState();
