// A Vietnamese delegation member's meeting (issue 14), the UI in Vietnamese throughout: the meeting
// recorded, captured in meeting mode by keyboard with a due date typed as Vietnamese officials say
// it ("2 tuần nữa", read back before saving), and the minutes printed in Vietnamese.
import { AppShell } from './pages/AppShell';
import { MeetingModePage } from './pages/MeetingModePage';
import { expect, test } from './support/lock';
import { printedText } from './support/printedText';

/** "20 thg 12, 2026": the calendar day `days` after today in Hanoi, the browser's time zone (playwright.config.ts). */
function dayFromToday(days: number): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
  const day = new Date(Date.parse(`${today}T00:00:00Z`) + days * 86_400_000);
  return `${day.getUTCDate()} thg ${day.getUTCMonth() + 1}, ${day.getUTCFullYear()}`;
}

test('meeting mode and the minutes in the Vietnamese UI', async ({ page }) => {
  test.setTimeout(120_000);
  const shell = new AppShell(page);
  await shell.goto('/meetings');
  await shell.switchLanguage('vi');
  await expect(shell.heading).toHaveText('Cuộc họp');
  await shell.main.getByRole('link', { name: 'Thêm cuộc họp' }).click();

  const main = shell.main;
  await expect(shell.heading).toHaveText('Cuộc họp mới');
  await main.getByRole('textbox', { name: 'Tiêu đề' }).fill('Họp nhóm công tác về xuất xứ hàng hoá');
  const country = main.getByRole('combobox', { name: 'Nước đối tác' });
  await country.click();
  await country.pressSequentially('Hoa K');
  await page.getByRole('option', { name: 'Hoa Kỳ', exact: true }).click();
  await expect(country).toHaveValue('Hoa Kỳ');
  await main.getByRole('button', { name: 'Lưu cuộc họp' }).click();
  await expect(shell.heading).toHaveText('Họp nhóm công tác về xuất xứ hàng hoá');

  await main.getByRole('link', { name: 'Chế độ họp' }).click();
  const mode = new MeetingModePage(page);
  await mode.ready();
  await mode.agendaItem('Hợp tác xác minh xuất xứ');
  await expect(mode.said).toContainText('Đã thêm mục chương trình: Hợp tác xác minh xuất xứ');
  await mode.note('Phía Hoa Kỳ đề nghị trao đổi danh sách rủi ro hằng quý.');
  await expect(mode.said).toContainText('Đã lưu ghi chép');
  await mode.decision('Hai bên trả lời yêu cầu xác minh trong vòng 90 ngày.');
  await expect(mode.said).toContainText('Đã lưu kết luận');

  // The due date as typed is read back before anything is saved.
  await mode.draftActionItem('Gửi danh sách doanh nghiệp gỗ dán rủi ro cao', 'Cục Quản lý rủi ro', '2 tuần nữa');
  await expect(mode.dueDate('Hạn')).toHaveAccessibleDescription(new RegExp(`^Thứ .+, ${dayFromToday(14)}$|^Chủ nhật, ${dayFromToday(14)}$`));
  await page.keyboard.press('Enter');
  await expect(mode.said).toContainText(/Đã lưu việc cần làm AI-\d{4}-(?:[A-Z0-9]+-)?\d{3}/);
  await mode.leave();

  await expect(shell.heading).toHaveText('Họp nhóm công tác về xuất xứ hàng hoá');
  await expect(main).toContainText('Hai bên trả lời yêu cầu xác minh trong vòng 90 ngày.');
  await main.getByRole('link', { name: 'Biên bản' }).click();
  await expect(page.getByRole('article').first()).toBeVisible();
  const minutes = (await printedText(page)).replace(/\s+/g, ' ');
  expect(minutes).toContain('Nội dung cuộc họp');
  expect(minutes).toContain('Hợp tác xác minh xuất xứ');
  expect(minutes).toContain('Phía Hoa Kỳ đề nghị trao đổi danh sách rủi ro hằng quý.');
  expect(minutes).toContain('Hai bên trả lời yêu cầu xác minh trong vòng 90 ngày.');
  expect(minutes).toContain('Công việc cần thực hiện');
  expect(minutes).toMatch(/AI-\d{4}-(?:[A-Z0-9]+-)?\d{3} Gửi danh sách doanh nghiệp/);
  expect(minutes).toContain('Hải quan Việt Nam — Cục');
});
