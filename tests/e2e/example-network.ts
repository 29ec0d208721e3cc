/** The example network as a newcomer loads it: from the empty Overblik, landing on its page. */
import { expect } from '@playwright/test';
import type { TestApp } from './fixtures';

/** The example network's name, the heading of the page it opens on. */
export const EXAMPLE_NETWORK = 'Flere unge i job og uddannelse';

/** Opens the app and loads the example network through its button. */
export async function loadExampleNetwork(app: TestApp): Promise<void> {
  await app.open();
  await app.page.getByRole('button', { name: 'Indlæs et eksempelnetværk' }).click();
  await expect(app.page.getByRole('heading', { level: 1, name: EXAMPLE_NETWORK })).toBeVisible();
}
