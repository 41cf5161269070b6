// Strings of the settings page, under `settings.*`. Both languages carry the same keys (tested).
const en = {
  settings: {
    title: 'Settings',
    subtitle: 'Preferences for you on this device, reference data and information about Attaché.',
    language: {
      title: 'Language',
      label: 'Display language',
      description: 'Dates and numbers follow the language: 05 Jan 2026 and 1,234,567.89 in English; 05 thg 1, 2026 and 1.234.567,89 in Vietnamese.',
    },
    profile: {
      title: 'Your profile',
      nameLabel: 'Your name',
      nameDescription: 'Recorded as the author of the changes and notes you make on this device.',
      nameRequired: 'Enter your name.',
      nameTooLong: 'Use at most 100 characters.',
      save: 'Save name',
      saved: 'Your name has been saved.',
    },
    referenceData: {
      title: 'HS nomenclature',
      description: 'Import the Harmonized System nomenclature your administration uses, then look codes up. Goods lines check their HS codes against it.',
    },
    about: {
      title: 'About Attaché',
      version: 'Version',
      host: 'Running as',
      hostElectron: 'Desktop application',
      hostWeb: 'Web application in a browser',
      runtime: 'Runtime',
      storage: 'Storage',
      storageValue: 'All cases are kept on this device and remain available offline.',
    },
  },
};

const vi: typeof en = {
  settings: {
    title: 'Cài đặt',
    subtitle: 'Tuỳ chọn của bạn trên thiết bị này, dữ liệu tham chiếu và thông tin về Attaché.',
    language: {
      title: 'Ngôn ngữ',
      label: 'Ngôn ngữ hiển thị',
      description: 'Ngày tháng và số hiển thị theo ngôn ngữ: 05 Jan 2026 và 1,234,567.89 trong tiếng Anh; 05 thg 1, 2026 và 1.234.567,89 trong tiếng Việt.',
    },
    profile: {
      title: 'Thông tin cá nhân',
      nameLabel: 'Họ và tên',
      nameDescription: 'Được ghi nhận là người thực hiện các thay đổi và ghi chú bạn tạo trên thiết bị này.',
      nameRequired: 'Vui lòng nhập họ và tên.',
      nameTooLong: 'Tối đa 100 ký tự.',
      save: 'Lưu họ tên',
      saved: 'Đã lưu họ và tên của bạn.',
    },
    referenceData: {
      title: 'Danh mục HS',
      description: 'Nhập danh mục Hệ thống hài hoà (HS) mà cơ quan bạn sử dụng, sau đó tra cứu mã. Mã HS của các dòng hàng được đối chiếu với danh mục này.',
    },
    about: {
      title: 'Giới thiệu Attaché',
      version: 'Phiên bản',
      host: 'Chạy dưới dạng',
      hostElectron: 'Ứng dụng máy tính',
      hostWeb: 'Ứng dụng web trên trình duyệt',
      runtime: 'Môi trường chạy',
      storage: 'Lưu trữ',
      storageValue: 'Mọi hồ sơ được lưu trên thiết bị này và vẫn sử dụng được khi không có kết nối mạng.',
    },
  },
};

/** The settings feature's bundle for `renderer/i18n/resources.ts`. */
export const settingsLocales = { en, vi };
