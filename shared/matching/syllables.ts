// Whether a folded word is a real syllable of Vietnamese or a run of Mandarin pinyin syllables.
// Two such words that differ are two names (Đức Thành is not Đức Thịnh, Ruida is not Ruide), not
// a typo of one another; a word that is neither ("Truogn") may be a typo.

const vnOnsets = ['ngh', 'ch', 'gh', 'gi', 'kh', 'ng', 'nh', 'ph', 'qu', 'th', 'tr', 'b', 'c', 'd', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'x', ''];

// Rhymes as they fold (â, ă → a; ê → e; ô, ơ → o; ư → u).
const vnRhymes = new Set(
  (
    'a ac ach ai am an ang anh ao ap at au ay e ec ech em en eng enh eo ep et eu i ia ich iec iem ien ieng iep iet ieu im in inh ip it iu ' +
    'o oa oac oach oai oam oan oang oanh oao oap oat oay oc oe oec oem oen oeo oep oet oi om on ong ooc oong op ot ' +
    'u ua uan uang uanh uat uay uc ue uec uech uenh ueu ui um un ung uo uoc uoi uom uon uong uop uot uou up ut uu uy uya uych uyen uyet uynh uyp uyt ' +
    'y yem yen yet yeu'
  ).split(' '),
);

/** A folded Vietnamese syllable: an onset and a rhyme of the language ("thanh", "thinh", "nguyen"). */
export function isVietnameseSyllable(word: string): boolean {
  for (const onset of vnOnsets) {
    if (!word.startsWith(onset)) continue;
    if (vnRhymes.has(word.slice(onset.length))) return true;
  }
  return false;
}

const pyInitials = ['zh', 'ch', 'sh', 'b', 'p', 'm', 'f', 'd', 't', 'n', 'l', 'g', 'k', 'h', 'j', 'q', 'x', 'r', 'z', 'c', 's', 'y', 'w', ''];
const pyFinals = (
  'a ai an ang ao e ei en eng er i ia ian iang iao ie in ing iong iu o ong ou u ua uai uan uang ue ui un uo v ve van vn'
).split(' ');
const pinyinSyllables: ReadonlySet<string> = new Set(
  pyInitials.flatMap((i) => pyFinals.map((f) => i + f)).filter((s) => s.length > 0 && /[aeiouv]/.test(s)),
);

/** A folded word made wholly of pinyin syllables ("ruida" = rui + da, "youxiangongsi"). */
export function isPinyinWord(word: string): boolean {
  // ok[i]: word[0, i) splits into syllables.
  const ok = new Array<boolean>(word.length + 1).fill(false);
  ok[0] = true;
  for (let end = 1; end <= word.length; end++) {
    for (let start = Math.max(0, end - 6); start < end && !ok[end]; start++) {
      if (ok[start] && pinyinSyllables.has(word.slice(start, end))) ok[end] = true;
    }
  }
  return ok[word.length]!;
}

const syllabic = new Map<string, boolean>();

/** A word that is a name on its own in Vietnamese or Mandarin: another such word is another name. */
export function isSyllabic(word: string): boolean {
  let known = syllabic.get(word);
  if (known === undefined) {
    known = isVietnameseSyllable(word) || isPinyinWord(word);
    // Words are few (the lists' and the queries'); the bound keeps a flood of new ones from growing it forever.
    if (syllabic.size < 200_000) syllabic.set(word, known);
  }
  return known;
}
