import { blankContactDraft, type ContactDraft } from './contactDraft';

/** Contacts that exercise the formats: diacritics, a Chinese name, delimiters and newlines in text. */
export const sampleDrafts: ContactDraft[] = [
  {
    ...blankContactDraft(),
    familyName: 'Nguyễn',
    givenName: 'Thị Hồng Nhung',
    nameOrder: 'familyFirst',
    title: 'Phó Vụ trưởng, Vụ Hợp tác quốc tế',
    organisation: 'Tổng cục Hải quan; Bộ Tài chính',
    unit: 'Phòng Xuất xứ hàng hoá',
    country: 'VN',
    side: 'own',
    topics: ['xác minh xuất xứ', 'FECDEP, chống lẩn tránh'],
    email: 'nhung.nt@customs.gov.vn',
    phone: '+84 24 3944 0833',
    mobile: '+84 912 345 678',
    timeZone: 'Asia/Ho_Chi_Minh',
    notes: 'Gặp tại Hà Nội; ưu tiên email.\nTrợ lý: Trần Văn Bình, C:\\thư mục\\ghi chú — '.repeat(3).trim(),
  },
  {
    ...blankContactDraft(),
    familyName: '王',
    givenName: '小明',
    nameOrder: 'familyFirst',
    organisation: '中华人民共和国海关总署',
    country: 'CN',
    side: 'counterpart',
    topics: ['原产地核查'],
    timeZone: 'Asia/Shanghai',
  },
  {
    ...blankContactDraft(),
    familyName: 'Smith',
    givenName: 'Jane',
    title: 'Director, Trade Remedies',
    country: 'US',
    email: 'jane.smith@cbp.dhs.gov',
  },
];
