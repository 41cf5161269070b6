import type { RequestParty, VerificationRequest } from '../../../../shared/domain';
import { LetterFacts } from './LetterParts';
import type { LetterWords } from './letterWords';

/** Instrument and article, the measure asked for and how origin is to be verified. */
export function LetterLegalBasis({ w, r }: { w: LetterWords; r: VerificationRequest }) {
  return (
    <LetterFacts
      rows={[
        [w.label('fields.instrument'), w.value('legalInstrument', r.legalInstrument)],
        [w.label('fields.article'), r.legalArticle],
        [w.label('fields.requestType'), w.value('requestType', r.requestType)],
        [w.label('fields.method'), w.value('verificationMethod', r.verificationMethod)],
      ]}
    />
  );
}

export function LetterProof({ w, r }: { w: LetterWords; r: VerificationRequest }) {
  const p = r.proofOfOrigin;
  return (
    <LetterFacts
      rows={[
        [w.label('fields.proofKind'), w.value('proofKind', p.kind)],
        [w.label('fields.proofNumber'), p.number],
        [w.label('fields.issueDate'), w.date(p.issueDate)],
        [w.label('fields.issuingBody'), p.issuingBody],
      ]}
    />
  );
}

const roles = ['exporter', 'producer', 'importer'] as const;

function identifiersText(w: LetterWords, party: RequestParty): string {
  return w.joined(({ t, value }) =>
    party.identifiers.map((id) => t('records.values.identifier', { scheme: value('identifierScheme', id.scheme), value: id.value })).join('; '),
  );
}

/** Exporter, producer and importer as the request names them; a role not concerned is left out. */
export function LetterParties({ w, r }: { w: LetterWords; r: VerificationRequest }) {
  const named = roles.filter((role) => r[role].name !== '');
  if (named.length === 0) return <p>{w.label('notStated')}</p>;
  return (
    <>
      {named.map((role) => {
        const party = r[role];
        return (
          <div key={role}>
            <h3>{w.value('partyRole', role)}</h3>
            <LetterFacts
              rows={[
                [w.label('fields.name'), party.name],
                [w.label('fields.address'), party.address],
                [w.label('fields.country'), w.country(party.country)],
                [w.label('fields.identifiers'), identifiersText(w, party)],
              ]}
            />
          </div>
        );
      })}
    </>
  );
}

/** The commercial invoice and the transport of the goods. */
export function LetterShipment({ w, r }: { w: LetterWords; r: VerificationRequest }) {
  const { invoice, transport } = r;
  const { fmt } = w.first;
  const port = (code: string) => (code ? `${code} (${w.country(code.slice(0, 2))})` : '');
  return (
    <LetterFacts
      rows={[
        [w.label('fields.invoiceNumber'), invoice.number],
        [w.label('fields.invoiceDate'), w.date(invoice.date)],
        [w.label('fields.invoiceValue'), invoice.value === null ? '' : fmt.money(invoice.value, invoice.currency)],
        [w.label('fields.billOfLading'), transport.billOfLading],
        [w.label('fields.vessel'), transport.vessel],
        [w.label('fields.portOfLoading'), port(transport.portOfLoading)],
        [w.label('fields.portOfDischarge'), port(transport.portOfDischarge)],
        [w.label('fields.departureDate'), w.date(transport.departureDate)],
      ]}
    />
  );
}
