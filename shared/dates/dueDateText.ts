// What an official types as a due date, reduced to one plain form before any reading: lower case,
// Vietnamese marks removed (many type "thu sau tuan sau" for "thứ sáu tuần sau", and NFD input
// from macOS or PDFs must read like NFC), punctuation and times of day dropped, and the words
// around a deadline ("by", "hạn chót", "chậm nhất") stripped. The readers then match whole
// phrases only, so a word they do not know makes the text unreadable instead of being skipped.
import { foldVietnamese } from '../domain/text';

/** Longer text is not a due date but a sentence, and is not read (it also bounds regex work). */
const maxLength = 120;

/**
 * Words that mark a deadline without changing its date. "before X" is read as X: an official
 * who types "trước ngày 15/1" means 15/1 as the last day, not 14/1. "after", "from", "sau",
 * "từ" are not here, as they change the meaning (such text is left unreadable).
 */
const leadingFillers = [
  'on or before', 'no later than', 'not later than', 'nlt', 'at the latest by', 'latest by',
  'due date', 'due by', 'due on', 'due', 'deadline', 'by', 'before', 'until', 'till', 'til', 'on', 'at', 'is',
  'han chot', 'han cuoi', 'thoi han', 'het han', 'han', 'truoc', 'cho den', 'den', 'toi', 'vao luc', 'vao', 'luc',
  'cham nhat la', 'cham nhat', 'muon nhat la', 'muon nhat', 'tre nhat la', 'tre nhat', 'khong qua',
  'khong muon hon', 'khong tre hon', 'la',
  // The end of a day is that day: "EOD Friday", "cuối ngày 15/1"; alone they are today.
  'end of day', 'eod', 'cob', 'close of business', 'cuoi ngay', 'het ngay',
  // Times of day: "sáng thứ 6", "Friday morning", "tối nay" ("tối" and "tới" both fold to "toi").
  // "sang tuần" is "into next week", so there "sang" is not the morning.
  'buoi sang', 'buoi chieu', 'buoi toi', 'sang(?! tuan| thang| nam)', 'chieu', 'trua', 'morning', 'afternoon', 'evening',
];
const trailingFillers = [
  // What is left of "Friday at 17:00", "thứ 6 lúc 17h" once the time is dropped.
  'at', 'luc', 'vao luc',
  'at the latest', 'at latest', 'latest', 'cham nhat', 'la cham nhat', 'muon nhat', 'tre nhat', 'nhe',
  'buoi sang', 'buoi chieu', 'buoi toi', 'sang', 'chieu', 'trua', 'morning', 'afternoon', 'evening',
];

const alternation = (words: string[]) => [...words].sort((a, b) => b.length - a.length).join('|');
const leadingFiller = new RegExp(`^(?:${alternation(leadingFillers)})(?: |$)`);
// "this evening" keeps its time of day: there it names the day (today).
const trailingFiller = new RegExp(`(?<!^this)(?:^| )(?:${alternation(trailingFillers)})$`);

/** 17:00, 5 pm, 17h, 17h30, 17g30, 9 giờ 30 phút: the day is due, the hour is not read. */
const timesOfDay = [
  /\b\d{1,2}:\d{2}(?::\d{2})?(?: ?[ap]\.?m\.?)?(?=\s|$)/g,
  /\b\d{1,2} ?[ap]\.?m\.?(?=\s|$)/g,
  /\b\d{1,2} ?(?:h|g|gio)(?: ?\d{2})?(?: ?(?:p|phut))?(?=\s|$)/g,
];

/**
 * The folded, trimmed text with fillers stripped, or null when it is too long to be a due date.
 * `marked` keeps the lower-cased NFC text with its marks, for the few words whose marks change
 * their meaning once folded (see weekdays.ts, relativeDates.ts).
 */
export interface DueDateText {
  folded: string;
  marked: string;
}

export function dueDateText(raw: string): DueDateText | null {
  if (raw.length > maxLength) return null;
  const marked = raw
    .normalize('NFC')
    .toLowerCase()
    // "tháng sáu" (June) and "tháng sau" (next month) fold alike; only the mark tells them apart.
    .replace(/th[aá]ng\s+sáu/gu, 'tháng 6')
    .replace(/\s+/g, ' ')
    .trim();
  let folded = foldVietnamese(marked);
  for (const time of timesOfDay) folded = folded.replace(time, ' ');
  folded = folded
    .replace(/[,;:!?()[\]{}"“”«»]/g, ' ')
    .replace(/['’‘]/g, '')
    // "Jan.", "t.6": a dot after a letter is an abbreviation; dates keep theirs ("15.01.2027").
    .replace(/([a-z])\./g, '$1 ')
    // "twenty-one", "month-end", "15-Jan-2027": a hyphen next to a letter joins words, not numbers.
    .replace(/([a-z])-|-([a-z])/g, '$1 $2')
    // "15 / 1" is 15/1; a dash standing alone only separates ("Friday - 15/1"), or spans a range
    // ("12 - 15"), so it is not joined into a date.
    .replace(/(?<=\d)\s*\/\s*(?=\d)/g, '/')
    .replace(/(?:^|\s)[-–—](?=\s|$)/g, ' ')
    .replace(/\bthe\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\.+$/, '');
  return { folded: stripFillers(folded), marked };
}

/** Never strips to nothing: "eod" alone is today, "by" alone stays unreadable. */
function stripFillers(text: string): string {
  let rest = text;
  for (let before = ''; before !== rest; ) {
    before = rest;
    for (const filler of [leadingFiller, trailingFiller]) {
      const stripped = rest.replace(filler, '').trim();
      if (stripped !== '') rest = stripped;
    }
  }
  return rest;
}
