/** Strings of the database layer (shown when the local database cannot be opened). */
export const dbLocales = {
  en: {
    db: {
      openFailed: {
        title: 'The local database could not be opened',
        body: 'Your data has not been changed. Close other Attaché windows and restart the app; if this persists, contact your IT support with the reason below.',
      },
    },
  },
  vi: {
    db: {
      openFailed: {
        title: 'Không thể mở cơ sở dữ liệu cục bộ',
        body: 'Dữ liệu của bạn không bị thay đổi. Hãy đóng các cửa sổ Attaché khác và khởi động lại ứng dụng; nếu lỗi vẫn tiếp diễn, hãy liên hệ bộ phận hỗ trợ CNTT và cung cấp lý do dưới đây.',
      },
    },
  },
};
