// Page object for meeting mode (issue 14): everything by keyboard, as a delegation member captures
// during the meeting. Each capture waits until the row is written (the box empties), so the next
// key press starts a new line. Works in either UI language.
import { expect, type Locator, type Page } from '@playwright/test';

export class MeetingModePage {
  constructor(readonly page: Page) {}

  /** The capture box: the note, decision or action item being typed. */
  get box(): Locator {
    return this.page.getByTestId('capture-box');
  }

  /** The live region that says what was saved and which agenda item is current. */
  get said(): Locator {
    return this.page.getByTestId('meeting-mode').locator('[role="status"]');
  }

  /**
   * Waits until meeting mode is up with the box focused. Before that, Alt+N would reach the shell
   * (a new case) and typed text would go nowhere.
   */
  async ready(): Promise<void> {
    await expect(this.box).toBeFocused();
  }

  private async save(): Promise<void> {
    await this.page.keyboard.press('Enter');
    await expect(this.box).toHaveValue('');
  }

  async agendaItem(title: string): Promise<void> {
    await this.page.keyboard.press('Alt+N');
    await this.page.keyboard.type(title);
    await this.save();
  }

  async note(text: string): Promise<void> {
    await this.page.keyboard.type(text);
    await this.save();
  }

  /** `kind`: the decision kind's place in the list (Alt+1 agreed … Alt+3 deferred), left as is when omitted. */
  async decision(text: string, kind?: number): Promise<void> {
    await this.page.keyboard.press('Alt+D');
    if (kind !== undefined) await this.page.keyboard.press(`Alt+${kind}`);
    await this.page.keyboard.type(text);
    await this.save();
  }

  /** Types an action item of our side without saving it: its text, then (past the owner side) the owner and the due date as typed. */
  async draftActionItem(text: string, owner: string, due: string): Promise<void> {
    await this.page.keyboard.press('Alt+A');
    await this.page.keyboard.type(text);
    await this.page.keyboard.press('Tab');
    await this.page.keyboard.press('Tab');
    await this.page.keyboard.type(owner);
    await this.page.keyboard.press('Tab');
    await this.page.keyboard.type(due);
  }

  async actionItem(text: string, owner: string, due: string): Promise<void> {
    await this.draftActionItem(text, owner, due);
    await this.save();
    await expect(this.box).toBeFocused();
  }

  /** The due date field, whose description is the date as the app read it (or that it could not). */
  dueDate(name: string): Locator {
    return this.page.getByTestId('meeting-mode').getByRole('textbox', { name, exact: true });
  }

  /** Alt+Arrow moves between agenda items; `times` steps down (positive) or up (negative). */
  async move(times: number): Promise<void> {
    for (let i = 0; i < Math.abs(times); i++) await this.page.keyboard.press(times > 0 ? 'Alt+ArrowDown' : 'Alt+ArrowUp');
  }

  async leave(): Promise<void> {
    await this.page.keyboard.press('Escape');
  }
}
