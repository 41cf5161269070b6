import type { AuditLocale } from './en';

/**
 * Chuỗi của nhật ký kiểm tra, dưới `audit.*`. Tiếng Việt chỉ có một dạng số nhiều: các khoá `_one`
 * lặp lại văn bản của `_other`, chỉ để hai gói có cùng khoá.
 */
export const vi: AuditLocale = {
  audit: {
    nav: {
      label: 'Nhật ký kiểm tra',
    },
    page: {
      title: 'Nhật ký kiểm tra',
      intro: 'Mọi thay đổi và mọi lần mở vụ việc trên thiết bị này: ai, từ thiết bị nào, khi nào và thay đổi gì. Các lần mở xem cũng được báo về máy chủ đồng bộ.',
      loading: 'Đang đọc nhật ký kiểm tra…',
      count_one: '{{formatted}} sự kiện',
      count_other: '{{formatted}} sự kiện',
      gridLabel: 'Các sự kiện kiểm tra, mới nhất trước ({{formatted}})',
      emptyTitle: 'Chưa có gì được ghi nhận',
      emptyBody: 'Các thay đổi bản ghi và các lần mở vụ việc trên thiết bị này sẽ hiện ở đây.',
      noMatchTitle: 'Không có sự kiện nào khớp với bộ lọc',
      noMatchBody: 'Hãy nới rộng khoảng ngày hoặc xoá bộ lọc.',
      export: 'Xuất CSV',
      exporting: 'Đang xuất…',
      exported_one: 'Đã xuất {{formatted}} dòng vào {{file}}.',
      exported_other: 'Đã xuất {{formatted}} dòng vào {{file}}.',
      exportCancelled: 'Tệp xuất chưa được lưu.',
      exportFailed: 'Không lưu được tệp xuất: {{reason}}',
    },
    filters: {
      label: 'Lọc nhật ký kiểm tra',
      text: 'Số tham chiếu bản ghi',
      textPlaceholder: 'Số tham chiếu, tiêu đề hoặc mã',
      table: 'Loại bản ghi',
      action: 'Thao tác',
      actor: 'Người thực hiện',
      from: 'Từ ngày',
      to: 'Đến ngày',
      any: 'Tất cả',
      clear: 'Xoá bộ lọc',
      badRange: 'Ngày bắt đầu sau ngày kết thúc.',
    },
    columns: {
      time: 'Thời gian',
      person: 'Người thực hiện',
      device: 'Thiết bị',
      record: 'Bản ghi',
      action: 'Thao tác',
      field: 'Trường',
      oldValue: 'Giá trị cũ',
      newValue: 'Giá trị mới',
    },
    actions: {
      create: 'Tạo mới',
      update: 'Sửa',
      delete: 'Xoá',
      view: 'Mở xem',
    },
    device: {
      this: 'Thiết bị này',
      other: 'Thiết bị {{id}}',
    },
    record: {
      missing: 'Không có trên thiết bị này',
    },
    activity: {
      heading: 'Hoạt động',
      intro: 'Ai đã mở và thay đổi vụ việc này, các bên liên quan, hàng hoá, lô hàng và các bản ghi khác của vụ việc, trên thiết bị này.',
      loading: 'Đang đọc hoạt động…',
      empty: 'Thiết bị này chưa ghi nhận hoạt động nào.',
      tableLabel: 'Hoạt động trên vụ việc này, mới nhất trước',
      change: '{{field}}: {{old}} → {{new}}',
      value: '{{field}}: {{value}}',
      showAll: 'Hiện tất cả {{count}} mục',
      showFewer: 'Chỉ hiện {{count}} mục mới nhất',
      openLog: 'Xem trong nhật ký kiểm tra',
    },
    csv: {
      time: 'Thời gian (ISO 8601, UTC)',
      localTime: 'Giờ địa phương',
      person: 'Người thực hiện',
      device: 'Thiết bị',
      recordType: 'Loại bản ghi',
      record: 'Bản ghi',
      recordId: 'Mã bản ghi (như máy chủ đồng bộ ghi nhận)',
      deviceId: 'Mã thiết bị',
      reference: 'Số tham chiếu',
      action: 'Thao tác',
      field: 'Trường',
      oldValue: 'Giá trị cũ',
      newValue: 'Giá trị mới',
    },
  },
};
