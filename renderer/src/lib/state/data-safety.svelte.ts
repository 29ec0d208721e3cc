import type { BackupEntry, ImportPreview, ImportReport } from '$shared/contract/data';
import type { Profile } from '$shared/entities';
import { api, call } from '../api';
import { exportsState } from './exports.svelte';
import { saveStatus } from './save-status.svelte';

/** The profile and the backups, for Indstillinger. */
class DataSafetyState {
  #profile = $state<Profile | null>(null);
  #backups = $state<BackupEntry[]>([]);

  /** The local user, once loaded. */
  get profile(): Profile | null {
    return this.#profile;
  }

  /** Backups, newest first. */
  get backups(): BackupEntry[] {
    return this.#backups;
  }

  /** Loads profile and backups. */
  async load(): Promise<void> {
    [this.#profile, this.#backups] = await Promise.all([call(api.profile.get({})), call(api.backups.list({}))]);
  }

  /** Saves profile fields. */
  async updateProfile(patch: Partial<Profile>): Promise<void> {
    this.#profile = await saveStatus.track(() => call(api.profile.update({ patch })));
  }

  /** Takes a backup now. */
  async backupNow(): Promise<void> {
    await call(api.backups.create({}));
    this.#backups = await call(api.backups.list({}));
  }

  /** Restores a backup (the current state is kept as a backup first). */
  async restore(name: string): Promise<void> {
    await saveStatus.track(() => call(api.backups.restore({ name })));
    this.#backups = await call(api.backups.list({}));
  }

  /** Exports all data but the private parts; returns the file name, or null if the user cancelled. */
  async exportAll(): Promise<string | null> {
    return (await exportsState.finish(await call(api.data.export({}))))?.fileName ?? null;
  }

  /** Exports everything encrypted with the password; returns the file name, or null if cancelled. */
  async exportEncrypted(password: string): Promise<string | null> {
    return (await exportsState.finish(await call(api.data.exportEncrypted({ password }))))?.fileName ?? null;
  }

  /** What an export file holds (an encrypted one needs its password). */
  preview(content: string, password?: string): Promise<ImportPreview> {
    return call(api.data.importPreview(password === undefined ? { content } : { content, password }));
  }

  /** Imports an export file. */
  async import(content: string, mode: 'merge' | 'replace', password?: string): Promise<ImportReport> {
    const input = password === undefined ? { content, mode } : { content, mode, password };
    const report = await saveStatus.track(() => call(api.data.import(input)));
    this.#backups = await call(api.backups.list({}));
    return report;
  }
}

/** The app's settings data. */
export const dataSafety = new DataSafetyState();
