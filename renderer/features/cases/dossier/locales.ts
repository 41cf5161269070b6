/** Strings of the printed case dossier under `caseDossier.*`; record labels come from `records.*`. */
const en = {
  caseDossier: {
    title: 'Case dossier',
    print: 'Print dossier',
    sections: { summary: 'Summary', parties: 'Parties', goods: 'Goods', shipments: 'Shipments', proofs: 'Proofs of origin', timeline: 'Timeline' },
    none: 'None',
    printedOn: 'Printed on {{date}}',
    statusChange: '{{from}} → {{to}}',
    back: 'Back to the case',
    loading: 'Loading the dossier…',
    notFound: 'This case is not on this device.',
    fileName: 'dossier',
  },
};

const vi: typeof en = {
  caseDossier: {
    title: 'Hồ sơ vụ việc',
    print: 'In hồ sơ',
    sections: { summary: 'Tóm tắt', parties: 'Các bên liên quan', goods: 'Hàng hoá', shipments: 'Lô hàng', proofs: 'Chứng từ chứng nhận xuất xứ', timeline: 'Diễn biến' },
    none: 'Không có',
    printedOn: 'In ngày {{date}}',
    statusChange: '{{from}} → {{to}}',
    back: 'Quay lại vụ việc',
    loading: 'Đang tải hồ sơ…',
    notFound: 'Vụ việc này không có trên máy tính này.',
    fileName: 'hồ sơ',
  },
};

/** `caseDossier.*` in English and Vietnamese, for the shell to register. */
export const caseDossierLocales = { en, vi };
