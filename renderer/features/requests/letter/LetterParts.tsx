import type { ReactNode } from 'react';
import type { OneLanguage } from '../../../print';
import type { LetterWords } from './letterWords';

/** A numbered part of the letter ("3. Parties / Các bên liên quan"). */
export function LetterSection({ n, title, children }: { n: number; title: string; children: ReactNode }) {
  return (
    <section>
      <h2>
        {n}. {title}
      </h2>
      {children}
    </section>
  );
}

/** Label–value pairs; a pair without a value is left out rather than printed empty. */
export function LetterFacts({ rows }: { rows: ReadonlyArray<readonly [label: string, value: string | null | undefined]> }) {
  const shown = rows.filter(([, value]) => value !== '' && value != null);
  if (shown.length === 0) return null;
  return (
    <dl className="print-facts">
      {shown.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** A paragraph in each of the letter's languages, the second one set apart. */
export function LetterProse({ w, text }: { w: LetterWords; text: (one: OneLanguage) => string }) {
  return (
    <>
      {w.each((one) => (
        <p key={one.lang} lang={one.lang} className={one.lang === w.first.lang ? undefined : 'print-second-language'}>
          {text(one)}
        </p>
      ))}
    </>
  );
}

/** Free text typed by an officer (facts, enquiries), kept as typed: its own language, its line breaks. */
export function LetterText({ label, text }: { label: string; text: string }) {
  if (text.trim() === '') return null;
  return (
    <>
      <h3>{label}</h3>
      <p className="print-text">{text}</p>
    </>
  );
}
