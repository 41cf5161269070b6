import { useCallback, useState } from 'react';
import { usePlatform } from '../platform';
import { printAndSave, type PrintedPdf } from './printAndSave';

export type PrintStatus = { state: 'idle' | 'busy' | 'failed' } | { state: 'done'; result: PrintedPdf | null; fileName: string };

/**
 * Prints the print view on screen (a `PrintDocument`) to PDF through the Platform and saves it
 * (`printAndSave`). Resolves the PDF's bytes so the caller can keep them (a request's sent
 * letter as an attachment), or `null` on the web host, where the browser's dialog saves it.
 */
export function usePrintToPdf(): { printToPdf(fileName: string): Promise<PrintedPdf | null>; status: PrintStatus } {
  const platform = usePlatform();
  const [status, setStatus] = useState<PrintStatus>({ state: 'idle' });
  const printToPdf = useCallback(
    async (fileName: string) => {
      setStatus({ state: 'busy' });
      try {
        const result = await printAndSave(platform, fileName, document.fonts.ready);
        setStatus({ state: 'done', result, fileName });
        return result;
      } catch (error) {
        console.warn('Printing to PDF failed', error);
        setStatus({ state: 'failed' });
        throw error;
      }
    },
    [platform],
  );
  return { printToPdf, status };
}
