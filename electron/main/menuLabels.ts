// Menu text in both of the app's languages. The main process has no i18next: the menu follows
// the operating system's language, Vietnamese when it is Vietnamese, English otherwise.

export type MenuLanguage = 'en' | 'vi';

export interface MenuLabels {
  file: string;
  newCase: string;
  settings: string;
  lock: string;
  quit: string;
  edit: string;
  undo: string;
  redo: string;
  cut: string;
  copy: string;
  paste: string;
  selectAll: string;
  view: string;
  cases: string;
  reload: string;
  toggleDevTools: string;
  resetZoom: string;
  zoomIn: string;
  zoomOut: string;
  toggleFullScreen: string;
  window: string;
  minimize: string;
  close: string;
  help: string;
  keyboardShortcuts: string;
}

export const menuLabels: Record<MenuLanguage, MenuLabels> = {
  en: {
    file: '&File',
    newCase: 'New case',
    settings: 'Settings…',
    lock: 'Lock Attaché',
    quit: 'Quit Attaché',
    edit: '&Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select all',
    view: '&View',
    cases: 'Cases',
    reload: 'Reload',
    toggleDevTools: 'Developer tools',
    resetZoom: 'Actual size',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    toggleFullScreen: 'Full screen',
    window: '&Window',
    minimize: 'Minimise',
    close: 'Close window',
    help: '&Help',
    keyboardShortcuts: 'Keyboard shortcuts',
  },
  vi: {
    file: '&Tệp',
    newCase: 'Vụ việc mới',
    settings: 'Cài đặt…',
    lock: 'Khoá Attaché',
    quit: 'Thoát Attaché',
    edit: '&Chỉnh sửa',
    undo: 'Hoàn tác',
    redo: 'Làm lại',
    cut: 'Cắt',
    copy: 'Sao chép',
    paste: 'Dán',
    selectAll: 'Chọn tất cả',
    view: '&Xem',
    cases: 'Danh sách vụ việc',
    reload: 'Tải lại',
    toggleDevTools: 'Công cụ dành cho nhà phát triển',
    resetZoom: 'Kích thước thực',
    zoomIn: 'Phóng to',
    zoomOut: 'Thu nhỏ',
    toggleFullScreen: 'Toàn màn hình',
    window: 'Cửa &sổ',
    minimize: 'Thu nhỏ cửa sổ',
    close: 'Đóng cửa sổ',
    help: 'Trợ &giúp',
    keyboardShortcuts: 'Phím tắt',
  },
};

/** 'vi' for any Vietnamese locale tag ('vi', 'vi-VN'), otherwise 'en'. */
export function menuLanguageFor(locale: string): MenuLanguage {
  return /^vi(-|_|$)/i.test(locale) ? 'vi' : 'en';
}
