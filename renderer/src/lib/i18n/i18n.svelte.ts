import { da, type MessageKey } from './messages-da';
import { en } from './messages-en';

/** The UI languages. */
export type UiLang = 'da' | 'en';

const catalogues: Record<UiLang, Record<MessageKey, string>> = { da, en };

/** The current UI language; switching re-renders every text at once. */
class I18n {
  #lang = $state<UiLang>('da');

  /** The language in use. */
  get lang(): UiLang {
    return this.#lang;
  }

  /** Switches language and tells the document, so screen readers pronounce it right. */
  set lang(value: UiLang) {
    this.#lang = value;
    document.documentElement.lang = value;
  }

  /** The text for a key with `{name}` placeholders filled in. */
  t(key: MessageKey, params: Record<string, string | number> = {}): string {
    const text = catalogues[this.#lang][key];
    return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
  }
}

/** The app's language state. */
export const i18n = new I18n();

/** Shorthand for i18n.t. */
export const t = (key: MessageKey, params?: Record<string, string | number>): string => i18n.t(key, params);
