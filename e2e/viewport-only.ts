// Tests that only mean something at some screen widths (the @layout specs run at three).
import { test } from '@playwright/test';

/**
 * Declares the tests of `body` for viewports whose width passes `when`; at the others they are
 * skipped before the spec's beforeEach opens the lab, which saves a browser context and a page
 * load per skip (seconds each on a 2-core CI machine, where the e2e run is most of the budget).
 */
export function atWidths(when: (width: number) => boolean, reason: string, body: () => void) {
  test.describe(() => {
    test.skip(({ viewport }) => !when(viewport?.width ?? 0), reason);
    body();
  });
}
