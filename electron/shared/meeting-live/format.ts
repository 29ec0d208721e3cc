import { utcToCopenhagen } from '../time/copenhagen';

/** A duration as the countdown shows it: "12:05", "1:02:05", "−3:10" once over. */
export function formatCountdown(ms: number): string {
  const negative = ms < 0;
  // Whole seconds left, rounded up while counting down so "0:00" means the time is up.
  const total = negative ? Math.floor(-ms / 1000) : Math.ceil(ms / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const mmss = `${hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}` : minutes}:${String(seconds).padStart(2, '0')}`;
  return negative && total > 0 ? `−${mmss}` : mmss;
}

/** The Copenhagen wall time of an instant, `HH:MM`, with the date so a meeting past midnight can say so. */
export function wallTimeAt(ms: number): { date: string; time: string } {
  return utcToCopenhagen(new Date(ms));
}
