import { DEFAULT_LOCK_IDLE_MINUTES, type LockIdleMinutes, type Profile } from '$shared/entities';
import { api, call } from '../api';
import { saveStatus } from './save-status.svelte';

/** How long the app may sit untouched before it locks itself, kept in the profile. */
class AppLockPrefs {
  #minutes = $state<LockIdleMinutes>(DEFAULT_LOCK_IDLE_MINUTES);

  /** Idle minutes before locking; 0 = only on demand. */
  get minutes(): LockIdleMinutes {
    return this.#minutes;
  }

  /** Takes the saved choice from the profile. */
  apply(profile: Profile): void {
    this.#minutes = profile.lockAfterMinutes ?? DEFAULT_LOCK_IDLE_MINUTES;
  }

  /** Remembers a new idle time. */
  async setMinutes(minutes: LockIdleMinutes): Promise<void> {
    this.#minutes = minutes;
    await saveStatus.track(() => call(api.profile.update({ patch: { lockAfterMinutes: minutes } })));
  }
}

/** The app lock's preferences. */
export const appLockPrefs = new AppLockPrefs();
