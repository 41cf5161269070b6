import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../components';
import type { PrintedPdf } from './printAndSave';
import { usePrintToPdf } from './usePrintToPdf';

export interface PrintToolbarProps {
  /** The name the PDF is saved under (`pdfFileName`). */
  fileName: string;
  /** Called with the PDF the desktop host made (to keep it as an attachment); not on the web host. */
  onPrinted?: (pdf: PrintedPdf) => void;
  /** The view's own controls before the print buttons (back link, language choice). */
  children?: ReactNode;
}

/** The actions above a print view, never printed: the view's controls, "Save as PDF" and "Print". */
export function PrintToolbar({ fileName, onPrinted, children }: PrintToolbarProps) {
  const { t } = useTranslation();
  const { printToPdf, status } = usePrintToPdf();
  const savePdf = async () => {
    const result = await printToPdf(fileName).catch(() => null);
    if (result) onPrinted?.(result);
  };
  const message =
    status.state === 'busy'
      ? t('print.saving')
      : status.state === 'failed'
        ? t('print.failed')
        : status.state === 'done' && status.result?.saved
          ? t('print.saved', { file: status.fileName })
          : '';
  return (
    <div className="print-toolbar" role="toolbar" aria-label={t('print.toolbar')}>
      {children}
      <span className="print-toolbar-actions">
        <Button variant="primary" isDisabled={status.state === 'busy'} onPress={() => void savePdf()}>
          {t('print.savePdf')}
        </Button>
        <Button onPress={() => window.print()}>{t('print.print')}</Button>
      </span>
      <span role="status" className="print-toolbar-status">
        {message}
      </span>
    </div>
  );
}
