import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeLaunchOpener } from '../../../electron/preview/launch-opener';

describe.skipIf(process.platform === 'win32')('the launch opener file', () => {
  it('forwards to the launch URL and only its owner can read it; removing it leaves nothing', async () => {
    const url = 'http://127.0.0.1:4000/#adgang=' + 'ab'.repeat(32);
    const opener = await writeLaunchOpener(url);
    expect((await fs.stat(opener.file)).mode & 0o777).toBe(0o600);
    expect((await fs.stat(path.dirname(opener.file))).mode & 0o777).toBe(0o700);
    expect(await fs.readFile(opener.file, 'utf8')).toContain(`url=${url}"`);
    await opener.remove();
    await expect(fs.stat(path.dirname(opener.file))).rejects.toThrow();
  });
});
