import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Who may use the preview: only the person holding the one-time launch secret the CLI printed.
 * The secret travels in the URL's fragment (never sent in a request line, never in logs or
 * Referer), the door page posts it once, and the answer is an HttpOnly, SameSite=Strict cookie
 * that every later request must carry. A used or replaced launch secret opens nothing.
 */
export class PreviewAccess {
  readonly cookieName: string;
  private readonly session = newSecret();
  private launch: string | null = newSecret();

  constructor(port: number) {
    this.cookieName = `ledelsesrum-${port}`;
  }

  /** The current launch secret; asking again after it was used makes a new one. */
  launchSecret(): string {
    this.launch ??= newSecret();
    return this.launch;
  }

  /** Makes a new launch secret, so an earlier, unused one stops working. */
  renewLaunchSecret(): string {
    this.launch = newSecret();
    return this.launch;
  }

  /** Trades the launch secret for the session cookie, once; null for anything else. */
  exchange(candidate: string): string | null {
    if (this.launch === null || !sameSecret(candidate, this.launch)) return null;
    this.launch = null;
    return `${this.cookieName}=${this.session}; HttpOnly; SameSite=Strict; Path=/`;
  }

  /** Whether the request's Cookie header carries this run's session. */
  admits(cookieHeader: string | undefined): boolean {
    const value = cookieValue(cookieHeader, this.cookieName);
    return value !== null && sameSecret(value, this.session);
  }
}

function newSecret(): string {
  return randomBytes(32).toString('hex');
}

/** Constant-time comparison; hashing first gives both sides the same length whatever was sent. */
export function sameSecret(candidate: string, secret: string): boolean {
  const a = createHash('sha256').update(candidate).digest();
  const b = createHash('sha256').update(secret).digest();
  return timingSafeEqual(a, b);
}

function cookieValue(header: string | undefined, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const index = part.indexOf('=');
    if (index > 0 && part.slice(0, index).trim() === name) return part.slice(index + 1).trim();
  }
  return null;
}
