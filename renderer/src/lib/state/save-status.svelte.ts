/** Whether the user's latest changes are on disk, shown quietly in the top bar. */
class SaveStatus {
  #pending = $state(0);
  #failed = $state(false);

  /** 'saving' while a write is under way, 'failed' after a write failed, else 'saved'. */
  get state(): 'saving' | 'saved' | 'failed' {
    if (this.#pending > 0) return 'saving';
    return this.#failed ? 'failed' : 'saved';
  }

  /** Runs a save and tracks it. */
  async track<T>(save: () => Promise<T>): Promise<T> {
    this.#pending += 1;
    try {
      const value = await save();
      this.#failed = false;
      return value;
    } catch (error) {
      this.#failed = true;
      throw error;
    } finally {
      this.#pending -= 1;
    }
  }
}

/** The app's save status. */
export const saveStatus = new SaveStatus();
