import type { ConflictsLocale } from './en';

/**
 * Vietnamese strings of the conflicts feature. Vietnamese has one plural form, so the `_one` keys
 * repeat the `_other` text; they exist only to keep both bundles key-for-key identical.
 */
export const vi: ConflictsLocale = {
  conflicts: {
    nav: {
      label: 'Xung đột',
      count_one: '{{count}} xung đột chưa xử lý',
      count_other: '{{count}} xung đột chưa xử lý',
    },
    page: {
      title: 'Xung đột dữ liệu',
      intro:
        'Một trạng thái hoặc kết quả đã được thay đổi trên hai thiết bị trước khi đồng bộ. Hãy chọn giá trị được giữ lại: lựa chọn của bạn là một thay đổi thông thường và sẽ được đồng bộ tới mọi thiết bị.',
      loading: 'Đang tải danh sách xung đột…',
      openHeading: 'Xung đột chưa xử lý',
      openList: 'Xung đột chưa xử lý, mới nhất trước',
      emptyTitle: 'Không có xung đột nào cần xử lý',
      emptyBody:
        'Dữ liệu trên mọi thiết bị đã thống nhất. Xung đột sẽ xuất hiện ở đây khi cùng một trạng thái hoặc kết quả bị thay đổi ở hai nơi cùng lúc.',
      resolvedSummary_one: 'Đã xử lý ({{count}})',
      resolvedSummary_other: 'Đã xử lý ({{count}})',
      resolvedList: 'Xung đột đã xử lý, xử lý gần nhất trước',
    },
    conflict: {
      heading: '{{field}} của <link>{{record}}</link>',
      title: '{{field}} của {{record}}',
      resolvedAnnouncement: 'Đã xử lý xung đột: {{title}} nay là {{value}}.',
      reason: {
        concurrentEdit: 'Đã được thay đổi trên hai thiết bị trước khi đồng bộ.',
        editAfterDelete: 'Đã được sửa trên một thiết bị sau khi bản ghi bị xoá trên thiết bị khác.',
      },
      valueBy: 'Giá trị của {{author}}',
      lastValueBeforeDeletion: 'Giá trị cuối cùng trước khi bị xoá, do {{author}} xoá',
      editNotApplied: 'Nội dung sửa của {{author}}, chưa được áp dụng',
      changedAt: 'Thay đổi lúc {{when}}',
      current: 'Giá trị hiện tại',
      keep: 'Giữ giá trị của {{author}}',
      use: 'Dùng giá trị của {{author}}',
      keepThis: 'Giữ giá trị này',
      useThis: 'Dùng giá trị này',
      leaveDeleted: 'Giữ nguyên việc xoá bản ghi',
      deletedNote:
        'Bản ghi đã bị xoá nên không thể áp dụng nội dung sửa này. Khi xử lý xung đột, bản ghi vẫn bị xoá; giá trị đã sửa vẫn được lưu trong mục Đã xử lý.',
      saving: 'Đang lưu lựa chọn của bạn…',
      resolvedBy: '{{author}} đã xử lý lúc {{when}}',
      resolvedValue: 'Giá trị được giữ: {{value}}',
      unknownAuthor: 'một thành viên không xác định',
      recordMissing: 'một bản ghi không có trên thiết bị này',
    },
    errors: {
      transition:
        'Không thể áp dụng giá trị này: trạng thái không thể chuyển từ “{{from}}” sang “{{to}}”. Xung đột vẫn chưa được xử lý. Hãy giữ giá trị còn lại, hoặc chuyển trạng thái của bản ghi lần lượt từng bước trước.',
      validation:
        'Không thể áp dụng giá trị này vì bản ghi sẽ không còn hợp lệ (ví dụ: vụ việc đã đóng phải có kết quả). Xung đột vẫn chưa được xử lý.',
      missing: 'Không thể áp dụng giá trị này vì bản ghi đã bị xoá. Xung đột vẫn chưa được xử lý.',
      alreadyResolved: 'Xung đột này đã được xử lý, có thể trên một thiết bị khác.',
      outcomeRequired: 'Hãy chọn kết quả: muốn đóng thì phải có kết quả. Xung đột vẫn chưa được xử lý.',
      failed: 'Không lưu được lựa chọn của bạn. Chưa có gì thay đổi và xung đột vẫn chưa được xử lý.',
    },
    choice: {
      heading: 'Để dùng “{{value}}”:',
      route: 'Trạng thái sẽ chuyển {{route}}, lần lượt theo từng bước được phép.',
      clearsOutcome: 'Khi mở lại, kết quả “{{outcome}}” sẽ bị xoá: chỉ bản ghi đã đóng mới có kết quả.',
      outcomeNeeded: 'Muốn đóng thì phải có kết quả.',
      confirm: 'Áp dụng',
      reopenConfirm: 'Mở lại và áp dụng',
      closeConfirm: 'Đóng với kết quả này',
      cancel: 'Huỷ',
      unreachable: 'Không thể chọn giá trị này: từ trạng thái hiện tại, không có bước chuyển hợp lệ nào dẫn tới “{{to}}”.',
      invalid: 'Không thể chọn giá trị này: bản ghi sẽ không còn hợp lệ.',
    },
    marker: {
      text_one: 'Vụ việc này có thay đổi xung đột',
      text_other: 'Vụ việc này có {{count}} thay đổi xung đột',
      resolve: 'Xử lý',
    },
    history: {
      heading: 'Lịch sử thay đổi',
      listLabel: 'Các thay đổi của bản ghi này, mới nhất trước',
      loading: 'Đang tải lịch sử…',
      empty: 'Thiết bị này chưa ghi nhận thay đổi nào của bản ghi.',
      meta: '{{author}} · {{when}}',
      created: 'Đã tạo bản ghi',
      added: 'Đã thêm',
      removed: 'Đã gỡ bỏ',
      field: '{{field}}: {{value}}',
      deleted: 'Đã xoá bản ghi',
      change: '{{field}}: {{old}} → {{new}}',
      replacedMeta: 'Bị thay thế do chỉnh sửa đồng thời · {{when}}',
      replaced: '{{field}}: giá trị bị thay thế do chỉnh sửa đồng thời: {{value}} — do {{author}} nhập lúc {{when}}',
      showAll: 'Hiện tất cả {{count}} mục',
      showFewer: 'Chỉ hiện 20 mục mới nhất',
    },
  },
};
