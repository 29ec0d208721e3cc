/**
 * The one new-meeting dialog, opened from anywhere (Alt+N, a page's "Nyt møde") as state rather than
 * an address, so closing it leaves the page and its address as they were.
 */
class NewMeetingState {
  /** True while the dialog shows. */
  open = $state(false);
  /** The network the dialog starts on; none means the page's own or the first. */
  networkId = $state<string | undefined>(undefined);

  /** Opens the dialog, for a network when one is given. */
  show(networkId?: string): void {
    this.networkId = networkId;
    this.open = true;
  }
}

/** The new-meeting dialog's state. */
export const newMeeting = new NewMeetingState();
