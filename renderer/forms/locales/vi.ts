import type { en, LocaleShape } from './en';

export const vi: LocaleShape<typeof en> = {
  forms: {
    invalidValue: 'Giá trị này không hợp lệ.',
    text: {
      tooLong: 'Tối đa {{max}} ký tự (nội dung này có {{length}} ký tự).',
      counter: '{{length}} / {{max}}',
      counterLabel: '{{length}} trên tối đa {{max}} ký tự',
    },
    date: {
      enter: 'Vui lòng nhập ngày ({{pattern}}).',
      outOfRange: 'Vui lòng nhập ngày từ {{min}} đến {{max}}.',
      notReal: 'Ngày {{date}} không tồn tại trên lịch.',
    },
  },
};
