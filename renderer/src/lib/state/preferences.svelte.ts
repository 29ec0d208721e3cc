import type { ThemeChoice, UiLanguage } from '$shared/entities';
import { api, call } from '../api';
import { i18n } from '../i18n/i18n.svelte';
import { appLockPrefs } from './app-lock.svelte';
import { privacy } from './privacy.svelte';
import { saveStatus } from './save-status.svelte';

/** Language and theme, kept in the profile and applied to the whole window at once. */
class PreferencesState {
  #theme = $state<ThemeChoice>('system');

  /** The chosen theme. */
  get theme(): ThemeChoice {
    return this.#theme;
  }

  /** The chosen language. */
  get lang(): UiLanguage {
    return i18n.lang;
  }

  /** Reads the saved choices and applies them. */
  async load(): Promise<void> {
    const profile = await call(api.profile.get({}));
    i18n.lang = profile.lang ?? 'da';
    this.#apply(profile.theme ?? 'system');
    privacy.apply(profile);
    appLockPrefs.apply(profile);
  }

  /** Switches the UI language and remembers it. */
  async setLang(lang: UiLanguage): Promise<void> {
    i18n.lang = lang;
    await saveStatus.track(() => call(api.profile.update({ patch: { lang } })));
  }

  /** Switches the theme and remembers it. */
  async setTheme(theme: ThemeChoice): Promise<void> {
    this.#apply(theme);
    await saveStatus.track(() => call(api.profile.update({ patch: { theme } })));
  }

  #apply(theme: ThemeChoice): void {
    this.#theme = theme;
    if (theme === 'system') delete document.documentElement.dataset.theme;
    else document.documentElement.dataset.theme = theme;
  }
}

/** The app's preferences. */
export const preferences = new PreferencesState();
