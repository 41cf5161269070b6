/**
 * The sentence of every problem an imported risk list can have, in English and Vietnamese.
 * `{{name}}` is replaced by the problem's parameter of that name, as the file wrote it (a column,
 * a value, a row number); `{{rule}}` and `{{ruleSentence}}` by the text of the `validation.*` key
 * in `rule` (`fileProblemText`). The English sentences are the `RowError.message`s other tools
 * compare, so they change only with those tools. Both languages have the same codes (tested).
 */
const en = {
  'csv.noHeader': 'The file has no header row: the first row must name the columns.',
  'csv.unclosedQuote': 'A quoted cell is never closed: end it with a double quote, and double any quote inside it ("").',
  'csv.unreadableRow': 'The row cannot be read as CSV ({{detail}}).',
  'csv.unknownColumn': 'Unknown column "{{column}}": expected one of {{expected}}.',
  'csv.repeatedColumn': 'Column "{{column}}" appears twice: keep one.',
  'csv.noSubjectType': 'Missing column "{{column}}": every entry says whether it is goods, company, person or industry.',
  'csv.extraCells': 'This row has {{cells}} cells but the header names {{columns}} columns: check for an unquoted delimiter.',
  'identifier.notSchemeValue': 'Identifier "{{value}}" is not written SCHEME:VALUE: write it like VN_MST:0100233488.',
  'identifier.unknownScheme': 'Unknown identifier scheme "{{scheme}}": expected one of {{expected}}.',
  'json.invalid': 'The file is not valid JSON ({{detail}}): expected { "list": {…}, "entries": [ … ] }.',
  'json.noEntries': 'The JSON has no "entries" array: expected { "list": {…}, "entries": [ … ] }.',
  'json.entryNotObject': 'An entry must be a JSON object of RiskEntry fields.',
  'json.unknownField': 'Unknown field "{{column}}": an entry has the RiskEntry fields (subjectType, hsCode, primaryName, …).',
  'duplicate.sourceRef': 'Duplicate entry: row {{firstRow}} already has the same {{column}} "{{value}}"; list each subject once.',
  'duplicate.hsCode': 'Duplicate entry: row {{firstRow}} already has the same HS code "{{value}}"; list each subject once.',
  'duplicate.goodsDescription': 'Duplicate entry: row {{firstRow}} already has the same goods description "{{value}}"; list each subject once.',
  'duplicate.companyName': 'Duplicate entry: row {{firstRow}} already has the same company name "{{value}}"; list each subject once.',
  'duplicate.personName': 'Duplicate entry: row {{firstRow}} already has the same person name "{{value}}"; list each subject once.',
  'duplicate.industryName': 'Duplicate entry: row {{firstRow}} already has the same industry name "{{value}}"; list each subject once.',
  'schema.identifierCheckDigit': '{{scheme}} {{identifier}}: the check digit does not match.',
  'schema.identifier': '{{scheme}} {{identifier}}: {{rule}}',
  'schema.choice': '"{{value}}" is not a valid {{column}}: expected one of {{allowed}}.',
  'schema.choiceAny': '"{{value}}" is not a valid {{column}}.',
  'schema.required': 'A value is required in {{column}}: it is empty.',
  'schema.subject': '{{ruleSentence}}',
  'schema.dateFormat': 'Not a date: "{{value}}" in {{column}}; use YYYY-MM-DD.',
  'schema.dateNotReal': 'Not a real date: {{value}} in {{column}} does not exist in the calendar; use YYYY-MM-DD.',
  'schema.dateOutOfRange': 'Date out of range: {{value}} in {{column}} is outside the years 1900–2100 this field accepts.',
  'schema.dateOrder': 'End before start: {{column}} {{value}} is earlier than the date the entry becomes valid; the end cannot precede the start.',
  'schema.country': '"{{value}}" in {{column}} is not an ISO 3166 country code: use two letters such as VN, CN or US.',
  'schema.hsCode': 'HS code "{{value}}": {{rule}}',
  'schema.listDuplicate': 'Repeated value in {{column}}: "{{value}}" gives the same value twice; list each value once.',
  'schema.tooLong': 'The text in {{column}} is longer than this field accepts: shorten it.',
  'schema.invalidType': 'Wrong type of value in {{column}}: "{{value}}".',
  'schema.invalid': 'Invalid value "{{value}}" in {{column}}: {{rule}}',
  'schema.entry': 'Invalid value "" in this entry: {{rule}}',
} as const;

/** A kind of problem in an imported risk list (`csv.unknownColumn`, `schema.dateFormat`, …). */
export type FileProblemCode = keyof typeof en;

// Written as an official would write to the list's owner: the CSV's column names and codes stay
// as the file has them (the owner's spreadsheet uses them), everything else is Vietnamese.
const vi: Record<FileProblemCode, string> = {
  'csv.noHeader': 'Tệp không có dòng tiêu đề: dòng đầu tiên phải ghi tên các cột.',
  'csv.unclosedQuote':
    'Có ô mở dấu ngoặc kép nhưng không đóng: kết thúc ô bằng dấu ngoặc kép, và viết mỗi dấu ngoặc kép trong nội dung ô thành hai dấu ("").',
  'csv.unreadableRow': 'Không đọc được dòng này theo định dạng CSV ({{detail}}).',
  'csv.unknownColumn': 'Không nhận biết được cột "{{column}}": tên cột phải là một trong các tên sau: {{expected}}.',
  'csv.repeatedColumn': 'Cột "{{column}}" xuất hiện hai lần: chỉ giữ lại một cột.',
  'csv.noSubjectType': 'Thiếu cột "{{column}}": mỗi mục phải ghi rõ đối tượng là hàng hoá, doanh nghiệp, cá nhân hay ngành hàng.',
  'csv.extraCells':
    'Dòng này có {{cells}} ô nhưng dòng tiêu đề chỉ có {{columns}} cột: kiểm tra xem có ô nào chứa dấu phân cách mà không đặt trong dấu ngoặc kép.',
  'identifier.notSchemeValue': 'Mã định danh "{{value}}" thiếu loại mã: ghi theo dạng LOẠI:SỐ, ví dụ VN_MST:0100233488.',
  'identifier.unknownScheme': 'Không nhận biết được loại mã định danh "{{scheme}}": loại mã phải là một trong các loại sau: {{expected}}.',
  'json.invalid': 'Tệp không phải là JSON hợp lệ ({{detail}}): tệp phải có dạng { "list": {…}, "entries": [ … ] }.',
  'json.noEntries': 'Tệp JSON không có mảng "entries": tệp phải có dạng { "list": {…}, "entries": [ … ] }.',
  'json.entryNotObject': 'Mỗi mục phải là một đối tượng JSON gồm các trường của RiskEntry.',
  'json.unknownField': 'Không nhận biết được trường "{{column}}": mỗi mục chỉ gồm các trường của RiskEntry (subjectType, hsCode, primaryName, …).',
  'duplicate.sourceRef': 'Mục trùng lặp: {{column}} "{{value}}" đã có ở dòng {{firstRow}}; mỗi đối tượng chỉ được ghi một lần.',
  'duplicate.hsCode': 'Mục trùng lặp: mã HS "{{value}}" đã có ở dòng {{firstRow}}; mỗi đối tượng chỉ được ghi một lần.',
  'duplicate.goodsDescription': 'Mục trùng lặp: mô tả hàng hoá "{{value}}" đã có ở dòng {{firstRow}}; mỗi đối tượng chỉ được ghi một lần.',
  'duplicate.companyName': 'Mục trùng lặp: tên doanh nghiệp "{{value}}" đã có ở dòng {{firstRow}}; mỗi đối tượng chỉ được ghi một lần.',
  'duplicate.personName': 'Mục trùng lặp: tên cá nhân "{{value}}" đã có ở dòng {{firstRow}}; mỗi đối tượng chỉ được ghi một lần.',
  'duplicate.industryName': 'Mục trùng lặp: tên ngành hàng "{{value}}" đã có ở dòng {{firstRow}}; mỗi đối tượng chỉ được ghi một lần.',
  'schema.identifierCheckDigit': '{{scheme}} {{identifier}}: chữ số kiểm tra không đúng.',
  'schema.identifier': '{{scheme}} {{identifier}}: {{rule}}',
  'schema.choice': 'Giá trị "{{value}}" ở cột {{column}} không hợp lệ: phải là một trong các giá trị {{allowed}}.',
  'schema.choiceAny': 'Giá trị "{{value}}" ở cột {{column}} không hợp lệ.',
  'schema.required': 'Cột {{column}} bắt buộc phải có giá trị nhưng đang để trống.',
  'schema.subject': '{{ruleSentence}}',
  'schema.dateFormat': 'Không đọc được ngày "{{value}}" ở cột {{column}}: ghi ngày theo dạng YYYY-MM-DD (năm-tháng-ngày).',
  'schema.dateNotReal': 'Ngày {{value}} ở cột {{column}} không tồn tại trên lịch: ghi ngày theo dạng YYYY-MM-DD (năm-tháng-ngày).',
  'schema.dateOutOfRange': 'Ngày ngoài phạm vi: {{value}} ở cột {{column}} nằm ngoài khoảng cho phép (từ năm 1900 đến năm 2100).',
  'schema.dateOrder': 'Ngày kết thúc trước ngày bắt đầu: {{value}} ở cột {{column}} sớm hơn ngày mục này bắt đầu có hiệu lực.',
  'schema.country': '"{{value}}" ở cột {{column}} không phải là mã quốc gia ISO 3166: dùng mã hai chữ cái như VN, CN hoặc US.',
  'schema.hsCode': 'Mã HS "{{value}}": {{rule}}',
  'schema.listDuplicate': 'Giá trị lặp lại ở cột {{column}}: "{{value}}" ghi cùng một giá trị hai lần; mỗi giá trị chỉ ghi một lần.',
  'schema.tooLong': 'Nội dung ở cột {{column}} dài quá mức cho phép: hãy rút gọn.',
  'schema.invalidType': 'Giá trị ở cột {{column}} không đúng kiểu dữ liệu: "{{value}}".',
  'schema.invalid': 'Giá trị "{{value}}" ở cột {{column}} không hợp lệ: {{rule}}',
  'schema.entry': 'Mục này có giá trị không hợp lệ: {{rule}}',
};

/** Sentence templates by language, then by problem code. */
export const fileProblemTexts: { readonly en: Readonly<Record<FileProblemCode, string>>; readonly vi: Readonly<Record<FileProblemCode, string>> } = { en, vi };
