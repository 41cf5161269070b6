// Month names as officials type them, folded: English names and abbreviations, and Vietnamese
// "tháng" followed by a number or a number word ("tháng 1", "tháng Một", "tháng Tư").

const englishMonths: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
};

/**
 * After "tháng". "Giêng" and "Chạp" are left out on purpose: they name the first and last months
 * of the lunar year (Tết falls in tháng Giêng), so reading them as January/December would guess.
 * "sau" is not June here: "tháng sau" is next month; a marked "tháng sáu" became "tháng 6" in
 * `dueDateText`.
 */
const vietnameseMonthWords: Record<string, number> = {
  mot: 1, hai: 2, ba: 3, tu: 4, bon: 4, nam: 5, bay: 7, tam: 8, chin: 9, muoi: 10, 'muoi mot': 11, 'muoi hai': 12,
};

const byLength = (words: string[]) => words.sort((a, b) => b.length - a.length).join('|');

/** Regex source for an English month name. */
export const englishMonthPattern = byLength(Object.keys(englishMonths));

/** Regex source for a Vietnamese month: "tháng" (or "thg") and a number or word, captured. */
export const vietnameseMonthPattern = `(?:thang|thg) ?(\\d{1,2}|${byLength(Object.keys(vietnameseMonthWords))})`;

/** 1–12 for an English name, or for what followed "tháng"; null when it names no month (13). */
export function monthValue(word: string): number | null {
  const value = /^\d+$/.test(word) ? Number(word) : (englishMonths[word] ?? vietnameseMonthWords[word]);
  return value !== undefined && value >= 1 && value <= 12 ? value : null;
}
