import type { en } from './en';
import type { LocaleShape } from './en';

// Vietnamese for the shell. The type forces the same keys as English; the key-set test says which.
export const vi: LocaleShape<typeof en> = {
  common: {
    appName: 'Attaché',
    skipToContent: 'Chuyển đến nội dung chính',
    nav: {
      label: 'Điều hướng chính',
      cases: 'Hồ sơ vụ việc',
      newCase: 'Hồ sơ mới',
      settings: 'Cài đặt',
    },
    topBar: {
      languageLabel: 'Ngôn ngữ',
      shortcutsButton: 'Phím tắt',
    },
    languages: {
      en: 'English',
      vi: 'Tiếng Việt',
    },
    nameReminder: {
      title: 'Ai đang làm việc trên thiết bị này?',
      body: 'Hãy nhập họ tên của bạn để các ghi chú và thay đổi bạn thực hiện được ký bằng tên đó.',
      action: 'Nhập họ tên',
    },
    offline: {
      indicator: 'Ngoại tuyến — các thay đổi được lưu trên thiết bị này',
    },
    shortcuts: {
      title: 'Phím tắt',
      intro: 'Các phím tắt dùng được ở mọi nơi trong Attaché, trừ phím tắt một phím khi đang nhập liệu vào một trường.',
      newCase: 'Tạo hồ sơ vụ việc mới',
      focusSearch: 'Tìm kiếm trong danh sách hồ sơ',
      showShortcuts: 'Hiển thị danh sách phím tắt này',
      closeDialog: 'Đóng hộp thoại hoặc menu',
      keyAlt: 'Alt',
      keyEscape: 'Esc',
      keyCtrl: 'Ctrl',
      keyShift: 'Shift',
      lock: 'Khoá Attaché ngay',
    },
    /** Chữ trong các ô trống của trường ngày: ngày, tháng, năm. */
    datePlaceholder: { day: 'nn', month: 'tt', year: 'nnnn' },
    actions: {
      save: 'Lưu',
      cancel: 'Huỷ',
      confirm: 'Xác nhận',
      close: 'Đóng',
      edit: 'Sửa',
      add: 'Thêm',
      remove: 'Xoá',
      back: 'Quay lại',
      retry: 'Thử lại',
      reload: 'Tải lại',
    },
    export: {
      saved_one: 'Đã lưu {{count}} dòng vào {{file}}.',
      saved_other: 'Đã lưu {{count}} dòng vào {{file}}.',
      savedFile: 'Đã lưu {{file}}.',
      cancelled: 'Đã huỷ xuất: không có gì được lưu.',
      failed: 'Không lưu được tệp: {{reason}}',
    },
    drafts: {
      restored: 'Đã khôi phục bản nháp chưa lưu lúc {{time}}',
      restoredHelp: 'Biểu mẫu đang hiển thị nội dung bạn nhập lần trước mà chưa lưu. Hãy lưu để giữ lại, hoặc bỏ bản nháp để quay về bản đã lưu.',
      discard: 'Bỏ bản nháp',
      leaveTitle: 'Bỏ các thay đổi?',
      leaveBody: 'Nội dung bạn nhập trong biểu mẫu này chưa được lưu. Thay đổi đã bỏ không thể lấy lại.',
      leaveConfirm: 'Bỏ thay đổi',
      keepEditing: 'Tiếp tục sửa',
    },
    components: {
      selectPlaceholder: 'Chọn…',
      showSuggestions: 'Hiển thị gợi ý',
      required: 'Bắt buộc',
      showMore: 'Xem toàn bộ',
      showLess: 'Thu gọn',
    },
    notFound: {
      title: 'Không tìm thấy trang',
      body: 'Không có nội dung nào tại địa chỉ này. Có thể đường dẫn bị gõ sai hoặc đã cũ.',
      backToCases: 'Về danh sách hồ sơ',
    },
    crash: {
      title: 'Đã xảy ra lỗi',
      body: 'Attaché gặp một lỗi ngoài dự kiến. Dữ liệu đã lưu vẫn an toàn trên thiết bị này. Hãy tải lại để tiếp tục.',
    },
    loading: 'Đang tải…',
  },
};
