import type { SearchLocale } from './en';

/** Vietnamese strings of global search. */
export const vi: SearchLocale = {
  search: {
    open: 'Tìm kiếm',
    shortcut: 'Tìm trong toàn bộ dữ liệu: vụ việc, bên liên quan, yêu cầu, đầu mối…',
    title: 'Tìm kiếm',
    inputLabel: 'Tìm trong toàn bộ dữ liệu',
    placeholder: 'Tên, tiêu đề, số tham chiếu, mã số thuế…',
    hint: 'Tìm trong vụ việc, bên liên quan, yêu cầu xác minh, cuộc họp, việc cần làm, đầu mối liên hệ và mục rủi ro. Có thể gõ không dấu; lỗi gõ nhỏ vẫn tìm được.',
    resultsLabel: 'Kết quả tìm kiếm',
    seeAll: 'Xem tất cả kết quả cho “{{query}}”',
    building: 'Đang lập chỉ mục tìm kiếm… ({{done}}/{{total}})',
    opening: 'Đang mở chỉ mục tìm kiếm…',
    buildingShort: 'Kết quả có thể chưa đầy đủ cho đến khi lập xong chỉ mục.',
    failed: 'Không cập nhật được chỉ mục tìm kiếm; kết quả có thể thiếu những thay đổi gần đây.',
    noResults: 'Không có kết quả nào cho “{{query}}”.',
    noResultsHint: 'Hãy kiểm tra chính tả hoặc bớt từ khoá.',
    showing: 'Đang hiển thị {{shown}}/{{total}}',
    showMore: 'Xem thêm',
    inCase: 'Vụ việc {{reference}}',
    noPage: 'Mở từ vụ việc liên quan, nếu có',
    groups: {
      case: 'Vụ việc',
      party: 'Bên liên quan',
      request: 'Yêu cầu xác minh',
      meeting: 'Cuộc họp',
      actionItem: 'Việc cần làm',
      contact: 'Đầu mối liên hệ',
      riskEntry: 'Mục rủi ro',
    },
  },
};
