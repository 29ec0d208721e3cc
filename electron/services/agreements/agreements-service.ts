import { AppError, notFound } from '../../shared/app-error';
import type { ValidInputOf } from '../../shared/contract';
import { agreementDefinitions, counterpartQuestions } from '../../shared/domain';
import type { Agreement, AgreementDraft, AgreementParty, AgreementStepResult, Person } from '../../shared/entities';
import { findNetwork } from '../networks/networks-service';
import { findPerson } from '../people/people-service';
import { newRecordBase, snapshot } from '../records';
import type { ServiceContext } from '../service-context';
import type { AppData } from '../storage/app-data';
import { allIssues, stepIssues, type PersonLookup } from './agreement-rules';

type DraftPatch = ValidInputOf<'agreements:update-draft'>['patch'];

/** Starts, saves, steps through, approves and re-opens collaboration agreements. */
export class AgreementsService {
  constructor(private readonly ctx: ServiceContext) {}

  /** Agreements oldest first, of one network when given. */
  list(networkId: string | undefined): Agreement[] {
    const all = this.ctx.store.data.agreements.filter((a) => networkId === undefined || a.networkId === networkId);
    return snapshot(all).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  }

  /** One agreement. */
  get(id: string): Agreement {
    return snapshot(findAgreement(this.ctx.store.data, id));
  }

  /**
   * Starts the agreement with a counterpart: parties from the network's role holders, the period
   * from the network's dates. A network has one agreement per counterpart; new rounds are versions.
   */
  start({ networkId, counterpart }: ValidInputOf<'agreements:start'>): Promise<Agreement> {
    return this.ctx.store.mutate((data) => {
      const network = findNetwork(data, networkId);
      const existing = data.agreements.find((a) => a.networkId === networkId && a.counterpart === counterpart);
      if (existing) return snapshot(existing);
      const agreement: Agreement = {
        ...newRecordBase(this.ctx.clock),
        networkId,
        counterpart,
        draft: {
          number: 1,
          step: 1,
          preparer: 'leader',
          preparation: {},
          counterpartPreparation: {},
          topics: {},
          periodFrom: network.startDate,
          periodTo: network.endDate,
          leaderId: network.roleHolders.netvaerksleder,
          counterpartId: network.roleHolders[counterpart],
          agreedDate: '',
          reviewDate: '',
        },
        versions: [],
      };
      data.agreements.push(agreement);
      return snapshot(agreement);
    });
  }

  /** Saves some fields of the draft; text maps are merged so each field's autosave stands alone. */
  updateDraft({ id, patch }: ValidInputOf<'agreements:update-draft'>): Promise<Agreement> {
    return this.ctx.store.mutate((data) => {
      const agreement = findAgreement(data, id);
      const draft = requireDraft(agreement);
      const definition = agreementDefinitions[agreement.counterpart];
      const preparation = mergeTexts(
        draft.preparation,
        patch.preparation,
        definition.preparationQuestions.map((q) => q.id),
      );
      const counterpartPreparation = mergeTexts(
        draft.counterpartPreparation,
        patch.counterpartPreparation,
        counterpartQuestions(definition).map((q) => q.id),
      );
      if (patch.preparer === 'counterpart' && definition.counterpartSide === null) {
        throw new AppError(
          'invalid-input',
          'Kun netværkslederen forbereder denne aftale i appen.',
          'Only the network leader prepares this agreement in the app.',
        );
      }
      const topics = mergeTexts(
        draft.topics,
        patch.topics,
        definition.topics.map((t) => t.id),
      );
      for (const personId of [patch.leaderId, patch.counterpartId]) {
        if (typeof personId === 'string') findPerson(data, personId);
      }
      Object.assign(draft, definedFields(patch), { preparation, counterpartPreparation, topics });
      agreement.updatedAt = this.ctx.clock.now().toISOString();
      return snapshot(agreement);
    });
  }

  /** Moves the wizard. Going back is always allowed; going on checks each step passed and stops at the first one with issues. */
  goToStep({ id, step }: ValidInputOf<'agreements:go-to-step'>): Promise<AgreementStepResult> {
    return this.ctx.store.mutate((data) => {
      const agreement = findAgreement(data, id);
      const draft = requireDraft(agreement);
      const person = lookup(data);
      let target = step;
      let issues: AgreementStepResult['issues'] = [];
      for (let passed = draft.step; passed < step; passed++) {
        issues = stepIssues(passed, draft, agreement.counterpart, person);
        if (issues.length > 0) {
          target = passed;
          break;
        }
      }
      if (draft.step !== target) {
        draft.step = target;
        agreement.updatedAt = this.ctx.clock.now().toISOString();
      }
      return { agreement: snapshot(agreement), issues };
    });
  }

  /** Freezes the draft as the next version, with the parties as they are today; or reports what is missing and changes nothing. */
  approve(id: string): Promise<AgreementStepResult> {
    return this.ctx.store.mutate((data) => {
      const agreement = findAgreement(data, id);
      const draft = requireDraft(agreement);
      const issues = allIssues(draft, agreement.counterpart, lookup(data));
      if (issues.length > 0) return { agreement: snapshot(agreement), issues };
      const { number, agreedDate, reviewDate, preparation, counterpartPreparation, topics, periodFrom, periodTo } =
        draft;
      agreement.versions.push({
        number,
        agreedDate,
        reviewDate,
        preparation: { ...preparation },
        counterpartPreparation: { ...counterpartPreparation },
        topics: { ...topics },
        periodFrom,
        periodTo,
        approvedAt: this.ctx.clock.now().toISOString(),
        leader: partyOf(findPerson(data, draft.leaderId ?? '')),
        counterpart: partyOf(findPerson(data, draft.counterpartId ?? '')),
      });
      agreement.draft = null;
      agreement.updatedAt = this.ctx.clock.now().toISOString();
      return { agreement: snapshot(agreement), issues: [] };
    });
  }

  /** Starts the next version as a draft copied from the latest agreed one; an edit already under way is given back as it is. */
  edit(id: string): Promise<Agreement> {
    return this.ctx.store.mutate((data) => {
      const agreement = findAgreement(data, id);
      if (agreement.draft !== null) return snapshot(agreement);
      const latest = agreement.versions.at(-1);
      if (!latest)
        throw new AppError(
          'conflict',
          'Aftalen har ingen godkendt version endnu.',
          'The agreement has no agreed version yet.',
        );
      const network = findNetwork(data, agreement.networkId);
      const stillThere = (party: AgreementParty, fallback: string | null): string | null =>
        data.people.some((p) => p.id === party.personId) ? party.personId : fallback;
      agreement.draft = {
        number: latest.number + 1,
        // Parties and period rarely change, so the new round opens where the content is.
        step: 3,
        preparer: 'leader',
        preparation: { ...latest.preparation },
        counterpartPreparation: { ...latest.counterpartPreparation },
        topics: { ...latest.topics },
        periodFrom: latest.periodFrom,
        periodTo: latest.periodTo,
        leaderId: stillThere(latest.leader, network.roleHolders.netvaerksleder),
        counterpartId: stillThere(latest.counterpart, network.roleHolders[agreement.counterpart]),
        agreedDate: '',
        reviewDate: '',
      };
      agreement.updatedAt = this.ctx.clock.now().toISOString();
      return snapshot(agreement);
    });
  }

  /** Drops the draft of a later version; the first draft has nothing to fall back on and is kept. */
  discardDraft(id: string): Promise<Agreement> {
    return this.ctx.store.mutate((data) => {
      const agreement = findAgreement(data, id);
      requireDraft(agreement);
      if (agreement.versions.length === 0) {
        throw new AppError(
          'conflict',
          'Det første udkast kan ikke kasseres, for der er ingen godkendt version at gå tilbage til.',
          'The first draft cannot be discarded: there is no agreed version to go back to.',
        );
      }
      agreement.draft = null;
      agreement.updatedAt = this.ctx.clock.now().toISOString();
      return snapshot(agreement);
    });
  }
}

/** The live agreement record with that id, or a not-found error. */
export function findAgreement(data: AppData, id: string): Agreement {
  const agreement = data.agreements.find((a) => a.id === id);
  if (!agreement) throw notFound('Aftalen', 'The agreement');
  return agreement;
}

/** The draft being written, or a conflict error telling the user how to start one. */
export function requireDraft(agreement: Agreement): AgreementDraft {
  if (agreement.draft === null) {
    throw new AppError(
      'conflict',
      'Aftalen er godkendt og kan ikke ændres. Vælg «Redigér aftalen» for at lave en ny version.',
      'The agreement is approved and cannot be changed. Choose “Edit agreement” to make a new version.',
    );
  }
  return agreement.draft;
}

/** Person lookup over the stored people. */
export function lookup(data: AppData): PersonLookup {
  return (id) => data.people.find((p) => p.id === id);
}

function partyOf(person: Person): AgreementParty {
  return { personId: person.id, name: person.name, title: person.title, unit: person.unit };
}

// Only ids the definition knows are taken, so a stray key (or "__proto__") never lands in the record.
function mergeTexts(
  current: Record<string, string>,
  patch: Record<string, string> | undefined,
  known: string[],
): Record<string, string> {
  if (patch === undefined) return current;
  const unknown = Object.keys(patch).filter((key) => !known.includes(key));
  if (unknown.length > 0) {
    throw new AppError(
      'invalid-input',
      'Et felt i aftalen findes ikke. Genindlæs vinduet, og prøv igen.',
      'A field of the agreement does not exist. Reload the window and try again.',
    );
  }
  const merged: Record<string, string> = {};
  for (const key of known) {
    const value = Object.hasOwn(patch, key) ? patch[key] : current[key];
    if (value !== undefined && value !== '') merged[key] = value;
  }
  return merged;
}

function definedFields(patch: DraftPatch): Partial<AgreementDraft> {
  const { preparation: _p, counterpartPreparation: _c, topics: _t, ...rest } = patch;
  return Object.fromEntries(Object.entries(rest).filter(([, value]) => value !== undefined));
}
