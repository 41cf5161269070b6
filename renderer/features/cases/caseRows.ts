// Blank child rows for the case form. Each gets its final id now, so the form, the diff and the
// stored record all speak of the same row; optional text is '' and optional numbers/dates null,
// as the shared schemas require, so every input stays controlled.
import { newId } from '../../db';
import type { Deadline, GoodsLine, Party, ProofOfOrigin } from '../../../shared/domain';
import type { ShipmentFormRow } from './caseForm';

export type PartyIdentifier = Party['identifiers'][number];

export function emptyIdentifier(): PartyIdentifier {
  return { scheme: 'VN_MST', value: '' };
}

export function emptyParty(caseId: string): Party {
  return {
    id: newId(),
    caseId,
    role: 'exporter',
    kind: 'company',
    name: '',
    nameLatin: '',
    country: '',
    address: '',
    identifiers: [],
  };
}

export function emptyGoodsLine(caseId: string, lineNo: number): GoodsLine {
  return {
    id: newId(),
    caseId,
    lineNo,
    hsCode: '',
    description: '',
    declaredOrigin: '',
    suspectedOrigin: '',
    quantity: null,
    unit: '',
    value: null,
    currency: '',
  };
}

export function emptyShipment(caseId: string): ShipmentFormRow {
  return {
    id: newId(),
    caseId,
    billOfLading: '',
    containersText: '',
    vessel: '',
    portOfLoading: '',
    portOfDischarge: '',
    departureDate: null,
    arrivalDate: null,
  };
}

export function emptyProofOfOrigin(caseId: string): ProofOfOrigin {
  return { id: newId(), caseId, kind: 'formB', number: '', issueDate: null, issuingBody: '', issuingCountry: '' };
}

export function emptyDeadline(caseId: string): Deadline {
  return { id: newId(), caseId, title: '', dueDate: '', completedAt: null } as Deadline;
}
