import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Note } from '../../../../shared/domain';
import { useFormat, type Formatter } from '../../../i18n';
import { PrintDocument } from '../../../print';
import { enumLabel, fieldLabel, formatFieldValue } from '../../../records';
import type { CaseBundle } from '../caseForm';

type Row = Record<string, unknown>;

/**
 * A table of records, one column per field, values in words as every screen shows them. A field
 * no record fills gets no column: on paper an empty column only narrows the others.
 */
function RecordTable({ t, fmt, table, fields, rows }: { t: TFunction; fmt: Formatter; table: string; fields: string[]; rows: readonly Row[] }) {
  if (rows.length === 0) return <p>{t('caseDossier.none')}</p>;
  const cell = (row: Row, field: string) => {
    const text = formatFieldValue(t, fmt, table, field, row[field]);
    return text === t('records.values.empty') ? '' : text;
  };
  const filled = fields.filter((f) => rows.some((row) => cell(row, f) !== ''));
  return (
    <table>
      <thead>
        <tr>
          {filled.map((f) => (
            <th key={f} scope="col">
              {fieldLabel(t, table, f)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={String(row.id)}>
            {filled.map((f) => (
              <td key={f}>{cell(row, f)}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const summaryFields = ['reference', 'type', 'status', 'outcome', 'direction', 'partnerCountry', 'priority', 'legalBasis', 'assignee', 'openedOn', 'tags'];

/**
 * A case printed whole with the print machinery: its summary, parties, goods, shipments, proofs
 * of origin and timeline, in the UI's language, marked with its confidentiality on every page.
 */
export function CaseDossier({ bundle, notes, printedOn }: { bundle: CaseBundle; notes: readonly Note[]; printedOn: string }) {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const c = bundle.case;
  const lang = i18n.language === 'vi' ? 'vi' : 'en';
  const marking = c.confidentiality === 'public' ? undefined : enumLabel(t, 'confidentiality', c.confidentiality).toLocaleUpperCase(lang);
  const section = (key: string) => <h2>{t(`caseDossier.sections.${key}`)}</h2>;
  const facts = summaryFields
    .map((f) => [fieldLabel(t, 'cases', f), formatFieldValue(t, fmt, 'cases', f, (c as Row)[f])] as const)
    .filter(([, v]) => v !== t('records.values.empty'));
  return (
    <PrintDocument languages={[lang]} title={`${t('caseDossier.title')} ${c.reference}`} marking={marking}>
      <h1>{c.title}</h1>
      <p className="print-centred">
        {t('caseDossier.title')} {c.reference} · {t('caseDossier.printedOn', { date: fmt.date(printedOn) })}
      </p>
      {section('summary')}
      <dl className="print-facts">
        {facts.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {c.summary ? <p className="print-text">{c.summary}</p> : null}
      {section('parties')}
      <RecordTable t={t} fmt={fmt} table="parties" fields={['role', 'name', 'country', 'address', 'identifiers']} rows={bundle.parties as Row[]} />
      {section('goods')}
      <RecordTable t={t} fmt={fmt} table="goods" fields={['lineNo', 'description', 'hsCode', 'declaredOrigin', 'suspectedOrigin', 'quantity', 'value']} rows={bundle.goods as Row[]} />
      {section('shipments')}
      <RecordTable t={t} fmt={fmt} table="shipments" fields={['billOfLading', 'containers', 'vessel', 'portOfLoading', 'portOfDischarge', 'departureDate', 'arrivalDate']} rows={bundle.shipments as Row[]} />
      {section('proofs')}
      <RecordTable t={t} fmt={fmt} table="proofsOfOrigin" fields={['kind', 'number', 'issueDate', 'issuingBody', 'issuingCountry']} rows={bundle.proofsOfOrigin as Row[]} />
      {section('timeline')}
      {notes.length === 0 ? (
        <p>{t('caseDossier.none')}</p>
      ) : (
        <ol>
          {[...notes].reverse().map((n) => (
            <li key={n.id}>
              <strong>{fmt.dateTime(n.createdAt)}</strong> — {n.author}
              {n.fromStatus && n.toStatus ? ` (${t('caseDossier.statusChange', { from: enumLabel(t, 'caseStatus', n.fromStatus), to: enumLabel(t, 'caseStatus', n.toStatus) })})` : ''}
              {n.text ? <p className="print-text">{n.text}</p> : null}
            </li>
          ))}
        </ol>
      )}
    </PrintDocument>
  );
}
