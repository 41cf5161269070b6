/**
 * Strings of the print machinery under `print.*`. `pageOf` is printed in each of the document's
 * languages whatever the UI's (`{{page}}` and `{{pages}}` become the CSS page counters).
 */
const en = {
  print: {
    pageOf: 'Page {{page}} of {{pages}}',
    toolbar: 'Document',
    savePdf: 'Save as PDF',
    print: 'Print',
    saving: 'Making the PDF…',
    saved: 'Saved as {{file}}',
    failed: 'The PDF could not be made. Print instead, and choose "Save as PDF" as the printer.',
  },
};

const vi: typeof en = {
  print: {
    pageOf: 'Trang {{page}}/{{pages}}',
    toolbar: 'Văn bản',
    savePdf: 'Lưu thành PDF',
    print: 'In',
    saving: 'Đang tạo tệp PDF…',
    saved: 'Đã lưu thành {{file}}',
    failed: 'Không tạo được tệp PDF. Hãy bấm In và chọn máy in "Lưu thành PDF".',
  },
};

/** `print.*` in English and Vietnamese, registered by the shell like a feature's bundle. */
export const printLocales = { en, vi };
