/** UI strings of the reference-data feature, merged by `renderer/i18n` under `referenceData.*`. */
export const referenceDataLocales = {
  en: {
    referenceData: {
      import: {
        title: 'Import a nomenclature file',
        intro:
          'Import the commodity nomenclature supplied by your administration (HS, AHTN or HTSUS) as a CSV file with the columns section, hscode, description, parent, level. Importing again updates codes in place.',
        stored: 'Codes available: {{count, number}}',
        fileLabel: 'Nomenclature file (CSV)',
        fileHint: 'Header row: section,hscode,description,parent,level',
        progressLabel: 'Import progress',
        percent: '{{percent}}%',
        importing: 'Importing {{file}}…',
        done: 'Import of {{file}} finished',
        importedCount: 'Codes imported: {{count, number}}',
        rejectedCount: 'Rows not imported: {{count, number}}',
        failed: '{{file}} could not be imported',
      },
      error: {
        noHeader: 'The file is empty or has no header row.',
        missingColumns: 'The header row must name the columns hscode, description and level (section and parent are optional).',
        readFailed: 'The file could not be read or saved. Check that it is a CSV text file and try again.',
      },
      rejected: {
        caption: 'Rows not imported',
        line: 'Line',
        reason: 'Reason',
        raw: 'Row in the file',
        more: '…and {{count, number}} more rows not shown.',
      },
      reason: {
        aggregateRow: 'Total row of the file, not a commodity code',
        columnCount: 'Wrong number of columns',
        codeMissing: 'No HS code',
        codeFormat: 'HS code must have 2, 4, 6, 8 or 10 digits',
        levelMismatch: 'Level does not match the number of digits of the code',
        descriptionMissing: 'No description',
        parentMismatch: 'Parent is not the code one level up',
        duplicateCode: 'Code already appears earlier in the file',
      },
      lookup: {
        title: 'Look up a code',
        codeLabel: 'HS code',
        codeHint: 'Digits; dots and spaces are ignored, e.g. 8471.30',
        noMatch: 'No imported code matches.',
        nearest: 'Nearest imported code {{code}}: {{description}}',
      },
    },
  },
  vi: {
    referenceData: {
      import: {
        title: 'Nhập tệp danh mục',
        intro:
          'Nhập danh mục hàng hóa do cơ quan của bạn cung cấp (HS, AHTN hoặc HTSUS) dưới dạng tệp CSV với các cột section, hscode, description, parent, level. Nhập lại sẽ cập nhật các mã hiện có.',
        stored: 'Số mã hiện có: {{count, number}}',
        fileLabel: 'Tệp danh mục (CSV)',
        fileHint: 'Dòng tiêu đề: section,hscode,description,parent,level',
        progressLabel: 'Tiến độ nhập',
        percent: '{{percent}}%',
        importing: 'Đang nhập {{file}}…',
        done: 'Đã nhập xong {{file}}',
        importedCount: 'Số mã đã nhập: {{count, number}}',
        rejectedCount: 'Số dòng không được nhập: {{count, number}}',
        failed: 'Không thể nhập {{file}}',
      },
      error: {
        noHeader: 'Tệp trống hoặc không có dòng tiêu đề.',
        missingColumns: 'Dòng tiêu đề phải có các cột hscode, description và level (section và parent không bắt buộc).',
        readFailed: 'Không thể đọc hoặc lưu tệp. Hãy kiểm tra đó là tệp văn bản CSV và thử lại.',
      },
      rejected: {
        caption: 'Các dòng không được nhập',
        line: 'Dòng',
        reason: 'Lý do',
        raw: 'Nội dung dòng trong tệp',
        more: '…và {{count, number}} dòng khác không hiển thị.',
      },
      reason: {
        aggregateRow: 'Dòng tổng của tệp, không phải mã hàng hóa',
        columnCount: 'Số cột không đúng',
        codeMissing: 'Thiếu mã HS',
        codeFormat: 'Mã HS phải có 2, 4, 6, 8 hoặc 10 chữ số',
        levelMismatch: 'Cấp không khớp với số chữ số của mã',
        descriptionMissing: 'Thiếu mô tả',
        parentMismatch: 'Mã cha không phải là mã ở cấp liền trên',
        duplicateCode: 'Mã đã xuất hiện ở dòng trước trong tệp',
      },
      lookup: {
        title: 'Tra cứu mã',
        codeLabel: 'Mã HS',
        codeHint: 'Chỉ nhập chữ số; dấu chấm và khoảng trắng được bỏ qua, ví dụ 8471.30',
        noMatch: 'Không có mã đã nhập nào phù hợp.',
        nearest: 'Mã gần nhất đã nhập {{code}}: {{description}}',
      },
    },
  },
};
