import { formatHsCode, type RequestGoodsLine } from '../../../../shared/domain';
import type { LetterWords } from './letterWords';

/** The goods table: one row per line, HS codes dotted (7604.29.10), amounts in the first language's format. */
export function LetterGoods({ w, lines }: { w: LetterWords; lines: readonly RequestGoodsLine[] }) {
  const { fmt } = w.first;
  const sorted = [...lines].sort((a, b) => a.itemNo - b.itemNo);
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">{w.label('fields.itemNo')}</th>
          <th scope="col">{w.label('fields.description')}</th>
          <th scope="col">{w.label('fields.hsCode')}</th>
          <th scope="col">{w.label('fields.originCriterion')}</th>
          <th scope="col">{w.label('fields.quantity')}</th>
          <th scope="col">{w.label('fields.value')}</th>
        </tr>
      </thead>
      <tbody>
        {sorted.map((line) => (
          <tr key={line.itemNo}>
            <td className="print-number">{line.itemNo}</td>
            <td>{line.description}</td>
            <td className="print-nowrap">{formatHsCode(line.hsCode)}</td>
            <td>{line.originCriterion}</td>
            <td className="print-number">{[fmt.number(line.quantity, 3), line.unit].filter(Boolean).join(' ')}</td>
            <td className="print-number">{line.value === null ? '' : fmt.money(line.value, line.currency)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
