/**
 * The print machinery, below the features: one way for every printed document (request letters,
 * the case dossier, meeting minutes) to look like paper on screen, print on A4 with page numbers
 * and a confidentiality marking on every page in Noto Serif, and become a PDF through the
 * Platform (`printToPdf`, then `saveFile`), its bytes handed back to be kept; and the words of a
 * document printed in English, Vietnamese or both (`printWords`), each feature keeping its own.
 */
export { PrintDocument, type PrintDocumentProps } from './PrintDocument';
export { PrintToolbar, type PrintToolbarProps } from './PrintToolbar';
export { usePrintToPdf, type PrintStatus } from './usePrintToPdf';
export { pdfFileName, printAndSave, type PrintedPdf } from './printAndSave';
export { printLocales } from './locales';
export {
  isPrintLanguage,
  joinUnique,
  printLanguageList,
  printLanguages,
  printWords,
  type OneLanguage,
  type PrintLanguage,
  type PrintWords,
} from './printWords';
