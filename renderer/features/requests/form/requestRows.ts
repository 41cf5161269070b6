// Blank rows for the request form: each question gets its final id now, so the form, the diff and
// the stored row speak of the same question; optional text is '' and optional numbers null.
import { newId } from '../../../db';
import type { RequestParty } from '../../../../shared/domain';
import type { GoodsLineFormRow, QuestionFormRow } from './requestForm';

export function emptyQuestion(): QuestionFormRow {
  return { id: newId(), text: '', documents: [] };
}

export function emptyRequestGoodsLine(): GoodsLineFormRow {
  return { description: '', hsCode: '', originCriterion: '', quantity: null, unit: '', value: null, currency: '' };
}

export function emptyRequestParty(): RequestParty {
  return { name: '', address: '', country: '', identifiers: [] };
}
