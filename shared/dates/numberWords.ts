// Counts typed as words in relative spans ("two weeks", "hai tuần nữa", "mười lăm ngày"), after
// Vietnamese marks are folded away. Vietnamese builds 11–99 from parts ("hai mươi mốt" = 21,
// "mười lăm" = 15), so those are generated rather than listed.

const english: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

/** 1–9 on their own. "năm" folds to "nam", "sáu" to "sau": the phrase grammar keeps them apart. */
const vietnameseDigits: Record<string, number> = {
  mot: 1, hai: 2, ba: 3, bon: 4, nam: 5, sau: 6, bay: 7, tam: 8, chin: 9,
};

function vietnameseNumbers(): Record<string, number> {
  const words: Record<string, number> = { ...vietnameseDigits, muoi: 10 };
  // After "mười"/"mươi" five is "lăm", and after a tens word one is "mốt" and four is "tư".
  const unitsAfterTen = { ...vietnameseDigits, lam: 5, nam: 5 };
  const unitsAfterTens = { ...unitsAfterTen, mot: 1, tu: 4 };
  for (const [unit, value] of Object.entries(unitsAfterTen)) words[`muoi ${unit}`] = 10 + value;
  for (const [tens, tensValue] of Object.entries(vietnameseDigits)) {
    if (tensValue < 2) continue;
    words[`${tens} muoi`] = tensValue * 10;
    for (const [unit, value] of Object.entries(unitsAfterTens)) words[`${tens} muoi ${unit}`] = tensValue * 10 + value;
  }
  return words;
}

const numberWords: Record<string, number> = { ...english, ...vietnameseNumbers() };
for (const [tens, tensValue] of Object.entries(english)) {
  if (tensValue < 20 || tensValue % 10 !== 0) continue;
  for (const [unit, value] of Object.entries(english)) if (value < 10 && unit.length > 2) numberWords[`${tens} ${unit}`] = tensValue + value;
}

/** Regex source for a count: up to five digits, or a number word (longest first). */
export const countPattern = `\\d{1,5}|${Object.keys(numberWords).sort((a, b) => b.length - a.length).join('|')}`;

export function countValue(text: string): number | null {
  if (/^\d+$/.test(text)) return Number(text);
  return numberWords[text] ?? null;
}
