// A meeting recorded through its form with just what the form requires (a title and the
// counterpart country), for specs about what happens after: meeting mode, sync, screenshots.
// meetings.spec.ts tests the form itself, delegations and all.
import { expect, type Page } from '@playwright/test';

/** What to type into a combo box, and the option then to pick. */
interface Choice {
  typed: string;
  name: RegExp;
}

/**
 * Records the meeting and returns its route (`/meetings/<id>`), the record open. `otherZone`: the
 * other side's time zone, for a country with several (the United States).
 */
export async function recordMeeting(page: Page, title: string, country: Choice, otherZone?: Choice): Promise<string> {
  await page.goto('/#/meetings/new');
  const form = page.getByRole('main');
  await form.getByRole('textbox', { name: 'Title' }).fill(title);
  await choose(page, 'Counterpart country', country);
  if (otherZone) await choose(page, 'Other side’s time zone', otherZone);
  await form.getByRole('button', { name: 'Save meeting' }).click();
  await expect(form.getByRole('heading', { level: 1 })).toHaveText(title);
  return new URL(page.url()).hash.slice(1);
}

async function choose(page: Page, label: string, choice: Choice): Promise<void> {
  const combobox = page.getByRole('main').getByRole('combobox', { name: label });
  await combobox.click();
  await combobox.pressSequentially(choice.typed);
  await page.getByRole('option', { name: choice.name }).click();
}
