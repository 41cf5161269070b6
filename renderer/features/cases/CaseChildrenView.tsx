import { useTranslation } from 'react-i18next';
import { formatHsCode, type GoodsLine } from '../../../shared/domain';
import { Badge, FormSection } from '../../components';
import { useFormat } from '../../i18n';
import { useHsDescription } from '../referenceData';
import type { CaseBundle } from './caseForm';
import { isOverdue, todayIso } from './dates';

function HsDescription({ code }: { code: string }) {
  const { t } = useTranslation();
  const description = useHsDescription(code);
  if (!code) return null;
  return <span className="case-hs-description">{description ?? t('cases.detail.hsUnknown')}</span>;
}

function GoodsTable({ goods }: { goods: GoodsLine[] }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <table className="case-table" aria-label={t('cases.form.sections.goods')}>
      <thead>
        <tr>
          <th scope="col">{t('cases.fields.goods.lineNo')}</th>
          <th scope="col">{t('cases.fields.goods.hsCode')}</th>
          <th scope="col">{t('cases.fields.goods.description')}</th>
          <th scope="col">{t('cases.fields.goods.declaredOrigin')}</th>
          <th scope="col">{t('cases.fields.goods.suspectedOrigin')}</th>
          <th scope="col">{t('cases.fields.goods.quantity')}</th>
          <th scope="col">{t('cases.fields.goods.value')}</th>
        </tr>
      </thead>
      <tbody>
        {goods.map((g) => (
          <tr key={g.id}>
            <td>{g.lineNo}</td>
            <td>
              <span className="case-hs-code">{formatHsCode(g.hsCode)}</span>
              <br />
              <HsDescription code={g.hsCode} />
            </td>
            <td>{g.description}</td>
            <td>{fmt.countryName(g.declaredOrigin)}</td>
            <td>{fmt.countryName(g.suspectedOrigin)}</td>
            <td>{[fmt.number(g.quantity, 3), g.unit].filter(Boolean).join(' ')}</td>
            <td>{g.currency ? fmt.money(g.value, g.currency) : fmt.number(g.value)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Read-only view of a case's parties, goods, shipments, proofs of origin and deadlines. */
export function CaseChildrenView({ bundle }: { bundle: CaseBundle }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const today = todayIso();
  const none = (key: string) => <p className="case-none">{t(`cases.form.none.${key}`)}</p>;
  return (
    <>
      <FormSection title={t('cases.form.sections.parties')}>
        {bundle.parties.length === 0 ? none('parties') : (
          <table className="case-table" aria-label={t('cases.form.sections.parties')}>
            <thead>
              <tr>
                <th scope="col">{t('cases.fields.party.role')}</th>
                <th scope="col">{t('cases.fields.party.name')}</th>
                <th scope="col">{t('cases.fields.party.country')}</th>
                <th scope="col">{t('cases.fields.party.value')}</th>
              </tr>
            </thead>
            <tbody>
              {bundle.parties.map((p) => (
                <tr key={p.id}>
                  <td>{t(`cases.partyRole.${p.role}`)}</td>
                  <td>
                    {p.name}
                    {p.nameLatin ? <><br />{p.nameLatin}</> : null}
                    {p.address ? <><br /><span className="case-hs-description">{p.address}</span></> : null}
                  </td>
                  <td>{fmt.countryName(p.country)}</td>
                  <td>
                    {p.identifiers.map((i) => (
                      <div key={`${i.scheme}:${i.value}`}>
                        {t(`cases.identifierScheme.${i.scheme}`)}: {i.value}
                      </div>
                    ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </FormSection>
      <FormSection title={t('cases.form.sections.goods')}>
        {bundle.goods.length === 0 ? none('goods') : <GoodsTable goods={bundle.goods} />}
      </FormSection>
      <FormSection title={t('cases.form.sections.shipments')}>
        {bundle.shipments.length === 0 ? none('shipments') : (
          <table className="case-table" aria-label={t('cases.form.sections.shipments')}>
            <thead>
              <tr>
                <th scope="col">{t('cases.fields.shipment.billOfLading')}</th>
                <th scope="col">{t('cases.fields.shipment.containers')}</th>
                <th scope="col">{t('cases.fields.shipment.vessel')}</th>
                <th scope="col">{t('cases.fields.shipment.portOfLoading')}</th>
                <th scope="col">{t('cases.fields.shipment.portOfDischarge')}</th>
                <th scope="col">{t('cases.fields.shipment.departureDate')}</th>
                <th scope="col">{t('cases.fields.shipment.arrivalDate')}</th>
              </tr>
            </thead>
            <tbody>
              {bundle.shipments.map((s) => (
                <tr key={s.id}>
                  <td>{s.billOfLading}</td>
                  <td>{s.containers.join(', ')}</td>
                  <td>{s.vessel}</td>
                  <td>{s.portOfLoading}</td>
                  <td>{s.portOfDischarge}</td>
                  <td>{fmt.date(s.departureDate)}</td>
                  <td>{fmt.date(s.arrivalDate)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </FormSection>
      <FormSection title={t('cases.form.sections.proofs')}>
        {bundle.proofsOfOrigin.length === 0 ? none('proofs') : (
          <table className="case-table" aria-label={t('cases.form.sections.proofs')}>
            <thead>
              <tr>
                <th scope="col">{t('cases.fields.proof.kind')}</th>
                <th scope="col">{t('cases.fields.proof.number')}</th>
                <th scope="col">{t('cases.fields.proof.issueDate')}</th>
                <th scope="col">{t('cases.fields.proof.issuingBody')}</th>
                <th scope="col">{t('cases.fields.proof.issuingCountry')}</th>
              </tr>
            </thead>
            <tbody>
              {bundle.proofsOfOrigin.map((p) => (
                <tr key={p.id}>
                  <td>{t(`cases.proofKind.${p.kind}`)}</td>
                  <td>{p.number}</td>
                  <td>{fmt.date(p.issueDate)}</td>
                  <td>{p.issuingBody}</td>
                  <td>{fmt.countryName(p.issuingCountry)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </FormSection>
      <FormSection title={t('cases.form.sections.deadlines')}>
        {bundle.deadlines.length === 0 ? none('deadlines') : (
          <table className="case-table" aria-label={t('cases.form.sections.deadlines')}>
            <thead>
              <tr>
                <th scope="col">{t('cases.fields.deadline.title')}</th>
                <th scope="col">{t('cases.fields.deadline.dueDate')}</th>
                <th scope="col">{t('cases.fields.deadline.completed')}</th>
              </tr>
            </thead>
            <tbody>
              {bundle.deadlines.map((d) => {
                const overdue = isOverdue(d.dueDate, d.completedAt, today);
                return (
                  <tr key={d.id} className={overdue ? 'case-overdue' : undefined}>
                    <td>{d.title}</td>
                    <td>
                      {fmt.date(d.dueDate)} {overdue ? <Badge tone="danger">{t('cases.detail.overdue')}</Badge> : null}
                    </td>
                    <td>{d.completedAt ? fmt.date(d.completedAt) : ''}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </FormSection>
    </>
  );
}
