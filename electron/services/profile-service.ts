import type { Profile } from '../shared/entities';
import type { ValidInputOf } from '../shared/contract';
import { snapshot } from './records';
import type { ServiceContext } from './service-context';

/** The local user's name and title, used as author in documents. */
export class ProfileService {
  constructor(private readonly ctx: ServiceContext) {}

  /** The profile. */
  get(): Profile {
    return snapshot(this.ctx.store.data.profile);
  }

  /** Changes the given fields. */
  update({ patch }: ValidInputOf<'profile:update'>): Promise<Profile> {
    return this.ctx.store.mutate((data) => {
      data.profile = {
        ...data.profile,
        ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)),
      };
      return snapshot(data.profile);
    });
  }
}
