import type { AppInfo } from '$shared/contract/app';
import { api, call } from '../api';

/** Facts about the running app and the notices from start-up the user has not dismissed. */
class AppInfoState {
  #info = $state<AppInfo | null>(null);

  /** The facts, once loaded. */
  get info(): AppInfo | null {
    return this.#info;
  }

  /** Loads the facts. */
  async load(): Promise<void> {
    this.#info = await call(api.app.info({}));
  }

  /** Hides a notice for good. */
  async dismiss(id: string): Promise<void> {
    const notices = await call(api.app.dismissNotice({ id }));
    if (this.#info) this.#info = { ...this.#info, notices };
  }
}

/** The app's facts. */
export const appInfo = new AppInfoState();
