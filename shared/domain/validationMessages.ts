/**
 * English and Vietnamese text for every `validation.*` key in `msg`, shaped for i18next
 * (`{ validation: { hsCode: { format: '…' } } }`) so the renderer merges it into its one
 * `translation` namespace. Both languages must carry exactly the same keys (tested).
 */
export type MessageTree = { readonly [key: string]: string | MessageTree };

const en = {
  validation: {
    required: 'This field is required.',
    invalidType: 'This value has the wrong type.',
    text: { tooLong: 'This text is too long.' },
    choice: { invalid: 'Choose one of the listed options.' },
    list: { tooShort: 'Add at least one entry.', duplicate: 'This list contains the same entry twice.' },
    id: { invalid: 'This is not a valid record identifier.' },
    number: {
      invalid: 'Enter a number.',
      integer: 'Enter a whole number.',
      nonNegative: 'The number cannot be negative.',
      positive: 'The number must be greater than zero.',
    },
    date: {
      format: 'Enter a date as YYYY-MM-DD.',
      notReal: 'This date does not exist in the calendar.',
      order: 'The end date cannot be earlier than the start date.',
      outOfRange: 'This date is outside the dates this field accepts.',
    },
    dateTime: { format: 'Enter a valid date and time.' },
    hsCode: {
      format: 'An HS code contains digits only.',
      length: 'An HS code has 2, 4, 6, 8 or 10 digits.',
      levelMismatch: 'The HS level does not match the number of digits in the code.',
    },
    vnTaxCode: {
      format: 'A Vietnamese tax code (MST) has 10 digits, or 13 as XXXXXXXXXX-YYY for a branch.',
      checkDigit: 'The check digit of this tax code is wrong: check the number.',
      branch: 'The branch suffix of a tax code runs from 001 to 999.',
    },
    lei: {
      format: 'An LEI has 18 letters or digits followed by 2 check digits.',
      checksum: 'The check digits of this LEI are wrong: check the number.',
    },
    usEin: { format: 'A US EIN has 9 digits, written XX-XXXXXXX.' },
    cnUscc: {
      format: 'A Chinese unified social credit code has 18 characters.',
      checksum: 'The check character of this unified social credit code is wrong.',
    },
    duns: { format: 'A D-U-N-S number has 9 digits.' },
    mid: { format: 'A manufacturer ID starts with the 2-letter country code, up to 15 letters and digits.' },
    vnCccd: { format: 'A Vietnamese citizen ID (CCCD) has 12 digits.' },
    country: { unknown: 'Choose a country from the list (ISO 3166 code).' },
    currency: { unknown: 'Choose a currency from the list (ISO 4217 code).' },
    container: {
      format: 'A container number has 4 letters and 7 digits, e.g. CSQU3054383.',
      checkDigit: 'The check digit of this container number is wrong: check the number.',
    },
    unLocode: {
      format: 'A UN/LOCODE has 5 characters: country code and 3-character location, e.g. VNSGN.',
      country: 'The first two letters of this UN/LOCODE are not a known country.',
    },
    adCvdOrder: { format: 'An AD/CVD order is written like A-570-967 or C-570-968.' },
    caseReference: { format: 'A case reference looks like 2026-K7QX-0042.' },
    actionItemReference: { format: 'An action item reference looks like AI-2026-014.' },
    email: { format: 'Enter a valid email address.' },
    phone: { format: 'Enter a phone number with digits, spaces and an optional leading +.' },
    timeZone: { unknown: 'Choose a time zone from the list (e.g. Asia/Ho_Chi_Minh).' },
    attachment: {
      sha256: 'The file fingerprint (SHA-256) is not valid.',
      mediaType: 'The file type is not a valid media type.',
    },
    case: {
      outcomeRequired: 'Record an outcome to close the case.',
      outcomeOnlyWhenClosed: 'A case has an outcome only once it is closed.',
      selfLink: 'A case cannot be linked to itself.',
    },
    note: { statusChangeFields: 'A status change entry records both the previous and the new status.' },
    request: {
      outcomeRequired: 'Record an outcome to close the request.',
      outcomeOnlyWhenClosed: 'A request has an outcome only once it is closed.',
      sentOnRequired: 'Record the date the request was sent.',
      goodsRequired: 'A request covers at least one goods line.',
      doubtRequired: 'State at least one ground for doubt.',
      visitRequired: 'A verification visit needs a visit proposal.',
      originDocumentRequired: 'A request under a free trade agreement must attach a copy of the proof of origin.',
      unsentOutcome: 'A request that was never sent can only be closed as withdrawn.',
      frozen: 'This request has been sent and cannot be edited: create an amendment instead.',
      questionsRequired: 'An outgoing request asks at least one question: add a question.',
      visitDatesRequired: 'Propose the dates of the visit (from and to).',
      visitSitesRequired: 'Name the places (sites) to visit.',
      visitTeamRequired: 'Name the officers who will make the visit.',
    },
    period: { tooLong: 'A period is at most 730 days or 24 months.' },
    actionItem: { supersededByRequired: 'Name the action item that supersedes this one.' },
    riskEntry: {
      subjectRequired: 'Give an HS code or goods description for goods, or a name for a company, person or industry.',
    },
    sync: {
      hlcFormat: 'This is not a valid sync timestamp.',
      conflictResolution: 'A resolved conflict records who resolved it and when; an open conflict has no resolution yet.',
    },
  },
} as const satisfies MessageTree;

const vi = {
  validation: {
    required: 'Trường này là bắt buộc.',
    invalidType: 'Giá trị không đúng kiểu dữ liệu.',
    text: { tooLong: 'Nội dung quá dài.' },
    choice: { invalid: 'Vui lòng chọn một giá trị trong danh sách.' },
    list: { tooShort: 'Vui lòng thêm ít nhất một mục.', duplicate: 'Danh sách có mục bị trùng lặp.' },
    id: { invalid: 'Mã định danh bản ghi không hợp lệ.' },
    number: {
      invalid: 'Vui lòng nhập một số.',
      integer: 'Vui lòng nhập số nguyên.',
      nonNegative: 'Số không được âm.',
      positive: 'Số phải lớn hơn 0.',
    },
    date: {
      format: 'Vui lòng nhập ngày theo định dạng YYYY-MM-DD.',
      notReal: 'Ngày này không tồn tại trên lịch.',
      order: 'Ngày kết thúc không được sớm hơn ngày bắt đầu.',
      outOfRange: 'Ngày này nằm ngoài khoảng ngày mà trường này chấp nhận.',
    },
    dateTime: { format: 'Vui lòng nhập ngày giờ hợp lệ.' },
    hsCode: {
      format: 'Mã HS chỉ gồm các chữ số.',
      length: 'Mã HS có 2, 4, 6, 8 hoặc 10 chữ số.',
      levelMismatch: 'Cấp mã HS không khớp với số chữ số của mã.',
    },
    vnTaxCode: {
      format: 'Mã số thuế gồm 10 chữ số, hoặc 13 ký tự dạng XXXXXXXXXX-YYY đối với chi nhánh.',
      checkDigit: 'Chữ số kiểm tra của mã số thuế không đúng, vui lòng kiểm tra lại.',
      branch: 'Phần đuôi mã chi nhánh phải từ 001 đến 999.',
    },
    lei: {
      format: 'Mã LEI gồm 18 chữ cái hoặc chữ số, tiếp theo là 2 chữ số kiểm tra.',
      checksum: 'Chữ số kiểm tra của mã LEI không đúng, vui lòng kiểm tra lại.',
    },
    usEin: { format: 'Mã số thuế doanh nghiệp Hoa Kỳ (EIN) gồm 9 chữ số, dạng XX-XXXXXXX.' },
    cnUscc: {
      format: 'Mã tín dụng xã hội thống nhất của Trung Quốc gồm 18 ký tự.',
      checksum: 'Ký tự kiểm tra của mã tín dụng xã hội thống nhất không đúng.',
    },
    duns: { format: 'Số D-U-N-S gồm 9 chữ số.' },
    mid: { format: 'Mã nhà sản xuất (MID) bắt đầu bằng mã quốc gia 2 chữ cái, tối đa 15 chữ cái và chữ số.' },
    vnCccd: { format: 'Số căn cước công dân gồm 12 chữ số.' },
    country: { unknown: 'Vui lòng chọn quốc gia trong danh sách (mã ISO 3166).' },
    currency: { unknown: 'Vui lòng chọn loại tiền trong danh sách (mã ISO 4217).' },
    container: {
      format: 'Số container gồm 4 chữ cái và 7 chữ số, ví dụ CSQU3054383.',
      checkDigit: 'Chữ số kiểm tra của số container không đúng, vui lòng kiểm tra lại.',
    },
    unLocode: {
      format: 'Mã UN/LOCODE gồm 5 ký tự: mã quốc gia và 3 ký tự địa điểm, ví dụ VNSGN.',
      country: 'Hai chữ cái đầu của mã UN/LOCODE không phải là mã quốc gia hợp lệ.',
    },
    adCvdOrder: { format: 'Số lệnh chống bán phá giá/chống trợ cấp có dạng A-570-967 hoặc C-570-968.' },
    caseReference: { format: 'Số hồ sơ vụ việc có dạng 2026-K7QX-0042.' },
    actionItemReference: { format: 'Số hiệu công việc cần thực hiện có dạng AI-2026-014.' },
    email: { format: 'Vui lòng nhập địa chỉ thư điện tử hợp lệ.' },
    phone: { format: 'Số điện thoại chỉ gồm chữ số, khoảng trắng và dấu + ở đầu (nếu có).' },
    timeZone: { unknown: 'Vui lòng chọn múi giờ trong danh sách (ví dụ Asia/Ho_Chi_Minh).' },
    attachment: {
      sha256: 'Mã băm SHA-256 của tệp không hợp lệ.',
      mediaType: 'Loại tệp không hợp lệ.',
    },
    case: {
      outcomeRequired: 'Vui lòng ghi nhận kết quả trước khi đóng vụ việc.',
      outcomeOnlyWhenClosed: 'Vụ việc chỉ có kết quả khi đã được đóng.',
      selfLink: 'Không thể liên kết vụ việc với chính nó.',
    },
    note: { statusChangeFields: 'Mục thay đổi trạng thái phải ghi cả trạng thái trước và trạng thái mới.' },
    request: {
      outcomeRequired: 'Vui lòng ghi nhận kết quả trước khi đóng yêu cầu.',
      outcomeOnlyWhenClosed: 'Yêu cầu chỉ có kết quả khi đã được đóng.',
      sentOnRequired: 'Vui lòng ghi ngày gửi yêu cầu.',
      goodsRequired: 'Yêu cầu phải có ít nhất một dòng hàng.',
      doubtRequired: 'Vui lòng nêu ít nhất một căn cứ nghi vấn.',
      visitRequired: 'Xác minh tại cơ sở cần có đề xuất chuyến kiểm tra.',
      originDocumentRequired: 'Yêu cầu theo hiệp định thương mại tự do phải kèm bản sao chứng từ chứng nhận xuất xứ.',
      unsentOutcome: 'Yêu cầu chưa gửi chỉ có thể đóng với kết quả rút yêu cầu.',
      frozen: 'Yêu cầu đã được gửi nên không thể sửa: vui lòng lập văn bản sửa đổi.',
      questionsRequired: 'Yêu cầu gửi đi phải có ít nhất một câu hỏi: vui lòng thêm câu hỏi.',
      visitDatesRequired: 'Vui lòng đề xuất thời gian chuyến kiểm tra (từ ngày, đến ngày).',
      visitSitesRequired: 'Vui lòng nêu địa điểm (cơ sở) sẽ kiểm tra.',
      visitTeamRequired: 'Vui lòng nêu các cán bộ tham gia chuyến kiểm tra.',
    },
    period: { tooLong: 'Thời hạn tối đa là 730 ngày hoặc 24 tháng.' },
    actionItem: { supersededByRequired: 'Vui lòng nêu công việc thay thế cho công việc này.' },
    riskEntry: {
      subjectRequired: 'Vui lòng nhập mã HS hoặc mô tả đối với hàng hoá, hoặc tên đối với doanh nghiệp, cá nhân, ngành hàng.',
    },
    sync: {
      hlcFormat: 'Dấu thời gian đồng bộ không hợp lệ.',
      conflictResolution: 'Xung đột đã giải quyết phải ghi rõ người giải quyết và thời điểm giải quyết; xung đột chưa giải quyết thì chưa có kết quả giải quyết.',
    },
  },
} as const satisfies MessageTree;

/** i18next-ready validation bundles; top-level key `validation` in both languages. */
export const validationMessages: { readonly en: MessageTree; readonly vi: MessageTree } = { en, vi };

/** Dotted keys of every leaf in a message tree, e.g. `validation.hsCode.format`. */
export function flattenMessageKeys(tree: MessageTree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return typeof value === 'string' ? [path] : flattenMessageKeys(value, path);
  });
}

/** The text for a dotted key in one language, or undefined when the bundle lacks it. */
export function lookupMessage(lang: 'en' | 'vi', key: string): string | undefined {
  let node: string | MessageTree | undefined = validationMessages[lang];
  for (const part of key.split('.')) {
    if (node === undefined || typeof node === 'string') return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}
