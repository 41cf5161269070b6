/** Strings of the database layer (shown while the local database opens slowly, or when it cannot be opened). */
export const dbLocales = {
  en: {
    db: {
      opening: {
        title: 'Opening this workspace…',
        body: 'The first opening after an update of Attaché may rearrange the records stored on this computer. For a large workspace this takes up to a minute; nothing needs to be done.',
      },
      openFailed: {
        title: 'The local database could not be opened',
        body: 'Your data has not been changed. Close other Attaché windows and restart the app; if this persists, contact your IT support with the reason below.',
      },
    },
  },
  vi: {
    db: {
      opening: {
        title: 'Đang mở không gian làm việc…',
        body: 'Lần mở đầu tiên sau khi cập nhật Attaché có thể sắp xếp lại các hồ sơ lưu trên máy tính này. Với không gian làm việc lớn, việc này mất tối đa một phút; bạn không cần làm gì.',
      },
      openFailed: {
        title: 'Không thể mở cơ sở dữ liệu cục bộ',
        body: 'Dữ liệu của bạn không bị thay đổi. Hãy đóng các cửa sổ Attaché khác và khởi động lại ứng dụng; nếu lỗi vẫn tiếp diễn, hãy liên hệ bộ phận hỗ trợ CNTT và cung cấp lý do dưới đây.',
      },
    },
  },
};
