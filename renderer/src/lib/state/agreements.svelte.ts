import type { InputOf } from '$shared/contract';
import type { AgreementExportResult } from '$shared/contract/agreements';
import type { CounterpartRole } from '$shared/domain';
import type {
  Agreement,
  AgreementComparison,
  AgreementDue,
  AgreementStep,
  AgreementStepResult,
} from '$shared/entities';
import { api, call } from '../api';
import { saveStatus } from './save-status.svelte';
import { reloadsFrom } from './changes';

/** Fields of a draft the wizard saves. */
export type DraftPatch = InputOf<'agreements:update-draft'>['patch'];

/** The collaboration agreements, kept in step with the services. */
class AgreementsState {
  constructor() {
    reloadsFrom('agreements', () => this.load());
  }

  #all = $state.raw<Agreement[]>([]);
  #loaded = $state(false);

  /** True once the first load has finished. */
  get loaded(): boolean {
    return this.#loaded;
  }

  /** One agreement by id, if loaded. */
  byId(id: string): Agreement | undefined {
    return this.#all.find((a) => a.id === id);
  }

  /** A network's agreement with one counterpart, if started. */
  find(networkId: string, counterpart: CounterpartRole): Agreement | undefined {
    return this.#all.find((a) => a.networkId === networkId && a.counterpart === counterpart);
  }

  /** Loads every agreement. */
  async load(): Promise<void> {
    this.#all = await call(api.agreements.list({}));
    this.#loaded = true;
  }

  /** Loads once; screens call it when they open. */
  async ensureLoaded(): Promise<void> {
    if (!this.#loaded) await this.load();
  }

  /** Starts (or finds) the agreement with a counterpart. */
  async start(networkId: string, counterpart: CounterpartRole): Promise<Agreement> {
    return this.#replace(await saveStatus.track(() => call(api.agreements.start({ networkId, counterpart }))));
  }

  /** Autosaves draft fields. */
  async updateDraft(id: string, patch: DraftPatch): Promise<void> {
    this.#replace(await saveStatus.track(() => call(api.agreements.updateDraft({ id, patch }))));
  }

  /** Moves the wizard; the result tells where it ended and why it stopped, if it did. */
  async goToStep(id: string, step: AgreementStep): Promise<AgreementStepResult> {
    const result = await saveStatus.track(() => call(api.agreements.goToStep({ id, step })));
    this.#replace(result.agreement);
    return result;
  }

  /** Approves the draft as the next version, or returns what is missing. */
  async approve(id: string): Promise<AgreementStepResult> {
    const result = await saveStatus.track(() => call(api.agreements.approve({ id })));
    this.#replace(result.agreement);
    return result;
  }

  /** Starts the next version as a draft. */
  async edit(id: string): Promise<Agreement> {
    return this.#replace(await saveStatus.track(() => call(api.agreements.edit({ id }))));
  }

  /** Drops the draft of a later version. */
  async discardDraft(id: string): Promise<Agreement> {
    return this.#replace(await saveStatus.track(() => call(api.agreements.discardDraft({ id }))));
  }

  /** Two versions field by field. */
  compare(id: string, from: number, to: number | 'draft'): Promise<AgreementComparison> {
    return call(api.agreements.compare({ id, from, to }));
  }

  /** Agreements due for review soon or overdue. */
  due(): Promise<AgreementDue[]> {
    return call(api.agreements.due({}));
  }

  /** Writes a version (the latest by default) as a Word document. */
  export(
    id: string,
    options: {
      version?: number;
      includePreparation: boolean;
      includeCounterpartPreparation: boolean;
      lang: 'da' | 'en';
    },
  ): Promise<AgreementExportResult> {
    return call(api.agreements.export({ id, ...options }));
  }

  #replace(agreement: Agreement): Agreement {
    const index = this.#all.findIndex((a) => a.id === agreement.id);
    if (index === -1) this.#all = [...this.#all, agreement];
    else this.#all = this.#all.with(index, agreement);
    return agreement;
  }
}

/** The app's collaboration agreements. */
export const agreements = new AgreementsState();
