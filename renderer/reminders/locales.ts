// Strings of the deadline reminders (desktop notifications and their Settings section), under
// `reminders.*`. Both languages carry the same keys. Vietnamese: tone on the second vowel.
const en = {
  reminders: {
    settings: {
      title: 'Deadline reminders',
      daysAhead: 'Remind me',
      help: 'A desktop notification for each request whose acknowledgement or reply is overdue or due soon, and for each open action item overdue or due today or tomorrow, at most once a day each, while Attaché is open. This choice is for this computer only.',
      off: 'Never',
      days_one: '{{count}} day before',
      days_other: '{{count}} days before',
    },
    title: {
      outgoing: {
        acknowledgement: { due: 'Acknowledgement expected {{when}}', overdue: 'Acknowledgement overdue' },
        reply: { due: 'Reply expected {{when}}', overdue: 'Reply overdue' },
      },
      incoming: {
        acknowledgement: { due: 'Our acknowledgement due {{when}}', overdue: 'Our acknowledgement overdue' },
        reply: { due: 'Our reply due {{when}}', overdue: 'Our reply overdue' },
      },
    },
    when: {
      today: 'today',
      tomorrow: 'tomorrow',
      inDays_one: 'in {{count}} day',
      inDays_other: 'in {{count}} days',
    },
    body: '{{reference}} · {{subject}}. Due on {{date}}.',
    bodyOverdue_one: '{{reference}} · {{subject}}. Due on {{date}}, {{count}} day ago.',
    bodyOverdue_other: '{{reference}} · {{subject}}. Due on {{date}}, {{count}} days ago.',
    actionItem: {
      due: 'Action item {{reference}} is due {{when}}',
      overdue: 'Action item {{reference}} is overdue',
      bodyOverdue: '{{text}} (due on {{date}})',
    },
  },
};

const vi: typeof en = {
  reminders: {
    settings: {
      title: 'Nhắc hạn',
      daysAhead: 'Nhắc trước',
      help: 'Thông báo trên máy tính cho mỗi yêu cầu đã quá hạn hoặc sắp đến hạn xác nhận hay trả lời, và cho mỗi việc cần làm chưa xong đã quá hạn hoặc đến hạn hôm nay hay ngày mai, mỗi việc tối đa một lần một ngày, khi Attaché đang mở. Lựa chọn này chỉ áp dụng cho máy tính này.',
      off: 'Không nhắc',
      days_one: 'Trước {{count}} ngày',
      days_other: 'Trước {{count}} ngày',
    },
    title: {
      outgoing: {
        acknowledgement: { due: 'Phía bạn cần xác nhận {{when}}', overdue: 'Phía bạn quá hạn xác nhận' },
        reply: { due: 'Phía bạn cần trả lời {{when}}', overdue: 'Phía bạn quá hạn trả lời' },
      },
      incoming: {
        acknowledgement: { due: 'Ta cần xác nhận {{when}}', overdue: 'Ta đã quá hạn xác nhận' },
        reply: { due: 'Ta cần trả lời {{when}}', overdue: 'Ta đã quá hạn trả lời' },
      },
    },
    when: {
      today: 'hôm nay',
      tomorrow: 'ngày mai',
      inDays_one: 'trong {{count}} ngày',
      inDays_other: 'trong {{count}} ngày',
    },
    body: '{{reference}} · {{subject}}. Hạn: {{date}}.',
    bodyOverdue_one: '{{reference}} · {{subject}}. Hạn: {{date}}, đã quá {{count}} ngày.',
    bodyOverdue_other: '{{reference}} · {{subject}}. Hạn: {{date}}, đã quá {{count}} ngày.',
    actionItem: {
      due: 'Việc {{reference}} đến hạn {{when}}',
      overdue: 'Việc {{reference}} đã quá hạn',
      bodyOverdue: '{{text}} (hạn: {{date}})',
    },
  },
};

/** The reminders' bundle, top-level key `reminders`, for the shell to register. */
export const remindersLocales = { en, vi };
