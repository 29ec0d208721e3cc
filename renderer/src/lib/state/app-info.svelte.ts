import type { AppInfo, StorageStatus } from '$shared/contract/app';
import { api, call } from '../api';

/** How often the storage status is asked again: a backup can start failing at any time. */
const STATUS_EVERY_MS = 3000;

/** Facts about the running app, the notices from start-up the user has not dismissed, and the storage's state. */
class AppInfoState {
  #info = $state<AppInfo | null>(null);
  #status = $state<StorageStatus>({ readOnly: null, backupProblem: null });
  /** The status is followed from the first load on, by one timer however often load is called. */
  #following = false;

  /** The facts, once loaded. */
  get info(): AppInfo | null {
    return this.#info;
  }

  /** Read-only state and backup trouble, kept current while the app runs. */
  get status(): StorageStatus {
    return this.#status;
  }

  /** Loads the facts and starts following the storage status. */
  async load(): Promise<void> {
    this.#info = await call(api.app.info({}));
    this.#status = { readOnly: this.#info.readOnly, backupProblem: null };
    if (this.#following) return;
    this.#following = true;
    setInterval(() => void this.refreshStatus(), STATUS_EVERY_MS);
  }

  /** Asks for the storage status now. */
  async refreshStatus(): Promise<void> {
    this.#status = await call(api.app.storageStatus({}), { quiet: true }).catch(() => this.#status);
  }

  /** Hides a notice for good. */
  async dismiss(id: string): Promise<void> {
    const notices = await call(api.app.dismissNotice({ id }));
    if (this.#info) this.#info = { ...this.#info, notices };
  }

  /** "Åbn alligevel": takes the data folder over; once it is writable, every screen loads again from it. */
  async openAnyway(): Promise<void> {
    this.#status = await call(api.app.openAnyway({}));
    if (!this.#status.readOnly) location.reload();
  }
}

/** The app's facts. */
export const appInfo = new AppInfoState();
