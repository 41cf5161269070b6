import type { DocumentWords } from './documentWords';
import type { DocumentActionItem, DocumentFact } from './minutesContent';

/** Label–value pairs, as the request letter prints them; none printed when there are none. */
export function DocumentFacts({ rows }: { rows: readonly DocumentFact[] }) {
  if (rows.length === 0) return null;
  return (
    <dl className="print-facts">
      {rows.map(([label, value], index) => (
        <div key={index}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** A sentence in each of the document's languages, the second one set apart. */
export function DocumentProse({ w, texts }: { w: DocumentWords; texts: readonly string[] }) {
  return (
    <>
      {texts.map((text, index) => (
        <p key={w.languages[index] ?? index} lang={w.languages[index]} className={index === 0 ? undefined : 'print-second-language'}>
          {text}
        </p>
      ))}
    </>
  );
}

/** Action items as a table: reference, action, owner (side and person or unit), due date, and status when asked. */
export function ActionItemsTable({ w, items, withStatus }: { w: DocumentWords; items: readonly DocumentActionItem[]; withStatus?: boolean }) {
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">{w.label('fields.reference')}</th>
          <th scope="col">{w.label('fields.action')}</th>
          <th scope="col">{w.label('fields.owner')}</th>
          <th scope="col">{w.label('fields.dueDate')}</th>
          {withStatus ? <th scope="col">{w.label('fields.status')}</th> : null}
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={item.id}>
            <td className="print-nowrap">{item.reference}</td>
            <td className="print-text">{item.text}</td>
            <td>{item.owner}</td>
            <td className="print-nowrap">{item.due}</td>
            {withStatus ? <td>{item.status}</td> : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
