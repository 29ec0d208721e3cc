import { readFileSync } from 'node:fs';

/**
 * When a process started, as the operating system counts it, so a lock can tell its own holder
 * from a new process that happens to have been given the same PID. Linux only (boot id plus the
 * start tick from /proc); elsewhere null, and the lock's heartbeat decides instead.
 */
export function processStartTime(pid: number): string | null {
  try {
    const boot = readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces and parentheses; the fields after its last ')' are plain.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // Field 22 of the whole line, the start time in clock ticks since boot, is the 20th after the name.
    const start = fields[19];
    return start ? `${boot}:${start}` : null;
  } catch {
    return null;
  }
}

/** Whether a process with this PID exists on this machine (it may belong to another user). */
export function processExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
