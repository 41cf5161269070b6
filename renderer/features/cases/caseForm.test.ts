import { describe, expect, it } from 'vitest';
import {
  bundleToFormValues,
  caseFormSchema,
  diffToChanges,
  emptyCaseFormValues,
  formValuesToBundle,
  newCaseBase,
  recordIssues,
  splitList,
  type CaseBundle,
} from './caseForm';
import { emptyGoodsLine, emptyIdentifier, emptyParty } from './caseRows';
import {
  makeCase,
  makeDeadline,
  makeGoodsLine,
  makeParty,
  makeProofOfOrigin,
  makeShipment,
} from '../../../test/fixtures/makeCase';

function bundle(): CaseBundle {
  const c = makeCase();
  return {
    case: c,
    parties: [makeParty(c.id)],
    goods: [makeGoodsLine(c.id), makeGoodsLine(c.id, { lineNo: 2, hsCode: '4412', description: 'Plywood, other' })],
    shipments: [makeShipment(c.id)],
    proofsOfOrigin: [makeProofOfOrigin(c.id)],
    deadlines: [makeDeadline(c.id)],
  };
}

/** Runs values through the form schema the way the resolver does, then back to records. */
function submit(values: ReturnType<typeof bundleToFormValues>, base: CaseBundle['case']): CaseBundle {
  return formValuesToBundle(caseFormSchema.parse(values), base);
}

describe('form values ⇄ records', () => {
  it('round-trips a stored case unchanged', () => {
    const b = bundle();
    expect(submit(bundleToFormValues(b), b.case)).toEqual(b);
  });

  it('numbers goods lines in on-screen order and splits list boxes', () => {
    const b = bundle();
    const values = bundleToFormValues(b);
    values.goods.reverse();
    values.tagsText = 'eapa; urgent ,, eapa';
    values.shipments[0]!.containersText = 'MSCU1234566,\nTGHU7654320';
    const out = submit(values, b.case);
    expect(out.goods.map((g) => [g.lineNo, g.hsCode])).toEqual([[1, '4412'], [2, '441231']]);
    expect(out.case.tags).toEqual(['eapa', 'urgent']);
    expect(out.shipments[0]!.containers).toEqual(['MSCU1234566', 'TGHU7654320']);
  });

  it('maps linked cases both ways and diffs only the links', () => {
    const before = bundle();
    const [a, b] = [makeCase(), makeCase()];
    before.case.linkedCaseIds = [a.id];
    const values = bundleToFormValues(before);
    expect(values.linkedCaseIds).toEqual([a.id]);
    values.linkedCaseIds.push(b.id);
    const after = submit(values, before.case);
    expect(after.case.linkedCaseIds).toEqual([a.id, b.id]);
    // The form's list is its own copy: editing it does not touch the stored case.
    expect(before.case.linkedCaseIds).toEqual([a.id]);
    expect(diffToChanges(before, after)).toEqual([
      { table: 'cases', id: before.case.id, op: 'put', fields: { linkedCaseIds: [a.id, b.id] } },
    ]);
  });

  it('starts a new case with no links and saves the ones chosen', () => {
    expect(emptyCaseFormValues('An').linkedCaseIds).toEqual([]);
    const base = newCaseBase('01900000-0000-7000-8000-00000000bbbb', '2026-K7QX-0002', new Date('2026-02-01T00:00:00Z'));
    const values = { ...emptyCaseFormValues('An'), title: 'New', partnerCountry: 'US' };
    values.linkedCaseIds = [makeCase().id];
    const after = formValuesToBundle(caseFormSchema.parse(values), base);
    expect(after.case.linkedCaseIds).toEqual(values.linkedCaseIds);
    expect(recordIssues(after)).toEqual([]);
  });

  it('reports a link to the case itself on the linked cases field', () => {
    const b = bundle();
    const values = bundleToFormValues(b);
    values.linkedCaseIds = [b.case.id];
    expect(recordIssues(submit(values, b.case))).toEqual([{ name: 'linkedCaseIds', message: 'validation.case.selfLink' }]);
  });
});

describe('form validation', () => {
  const c = makeCase();

  function validNew() {
    const values = emptyCaseFormValues('Nguyễn Văn An');
    values.title = 'Honey transshipment';
    values.partnerCountry = 'US';
    return values;
  }

  it('accepts a minimal new case', () => {
    expect(caseFormSchema.safeParse(validNew()).success).toBe(true);
  });

  it('reports a wrong VN tax code check digit on the identifier value', () => {
    const values = validNew();
    const party = emptyParty(c.id);
    party.name = 'Công ty CP Thép Việt';
    party.identifiers = [{ ...emptyIdentifier(), scheme: 'VN_MST', value: '0100233480' }];
    values.parties = [party];
    const result = caseFormSchema.safeParse(values);
    expect(result.success).toBe(false);
    const issue = result.error?.issues.find((i) => i.path.join('.') === 'parties.0.identifiers.0.value');
    expect(issue?.message).toBe('validation.vnTaxCode.checkDigit');
  });

  it('reports a 5-digit HS code on the goods line', () => {
    const values = validNew();
    values.goods = [{ ...emptyGoodsLine(c.id, 1), hsCode: '12345', description: 'Steel wire' }];
    const result = caseFormSchema.safeParse(values);
    const issue = result.error?.issues.find((i) => i.path.join('.') === 'goods.0.hsCode');
    expect(issue?.message).toMatch(/^validation\.hsCode\./);
  });

  it('reports a malformed AD/CVD order on its text box', () => {
    const values = validNew();
    values.adCvdOrdersText = 'A-570-967, B-12';
    const result = caseFormSchema.safeParse(values);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toContain('adCvdOrdersText');
  });

  it('maps whole-record issues back to the form fields', () => {
    const b = bundle();
    b.shipments[0]!.containers = [''];
    b.case.tags = [''];
    const names = recordIssues(b).map((i) => i.name);
    expect(names.every((n) => n === 'tagsText' || n === 'shipments.0.containersText')).toBe(true);
    expect(recordIssues(bundle())).toEqual([]);
  });

  it('splits lists on commas, semicolons and new lines', () => {
    expect(splitList(' a, b;c\n\n d ')).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('diffToChanges', () => {
  it('puts a complete new case and every child', () => {
    const base = newCaseBase('01900000-0000-7000-8000-00000000aaaa', '2026-K7QX-0001', new Date('2026-02-01T00:00:00Z'));
    const values = emptyCaseFormValues('An');
    values.title = 'New';
    values.partnerCountry = 'US';
    values.parties = [makeParty(base.id)];
    values.goods = [makeGoodsLine(base.id)];
    const after = formValuesToBundle(caseFormSchema.parse(values), base);
    const changes = diffToChanges(null, after);
    expect(changes.map((ch) => [ch.table, ch.op])).toEqual([
      ['cases', 'put'],
      ['parties', 'put'],
      ['goods', 'put'],
    ]);
    const first = changes[0]!;
    expect(first.op === 'put' && first.fields).toMatchObject({ reference: '2026-K7QX-0001', status: 'draft', title: 'New' });
    expect(first.op === 'put' && 'id' in first.fields).toBe(false);
    expect(recordIssues(after)).toEqual([]);
  });

  it('puts only the changed fields of an edited case and child', () => {
    const before = bundle();
    const values = bundleToFormValues(before);
    values.title = 'Plywood — revised';
    values.parties[0]!.identifiers = [...values.parties[0]!.identifiers, { scheme: 'LEI', value: '5493001KJTIIGC8Y1R12' }];
    const after = submit(values, before.case);
    expect(diffToChanges(before, after)).toEqual([
      { table: 'cases', id: before.case.id, op: 'put', fields: { title: 'Plywood — revised' } },
      { table: 'parties', id: before.parties[0]!.id, op: 'put', fields: { identifiers: after.parties[0]!.identifiers } },
    ]);
  });

  it('writes nothing when nothing changed', () => {
    const before = bundle();
    expect(diffToChanges(before, submit(bundleToFormValues(before), before.case))).toEqual([]);
  });

  it('deletes removed children and renumbers the remaining goods', () => {
    const before = bundle();
    const values = bundleToFormValues(before);
    values.goods.shift();
    values.deadlines = [];
    const changes = diffToChanges(before, submit(values, before.case));
    expect(changes).toContainEqual({ table: 'goods', id: before.goods[0]!.id, op: 'delete' });
    expect(changes).toContainEqual({ table: 'goods', id: before.goods[1]!.id, op: 'put', fields: { lineNo: 1 } });
    expect(changes).toContainEqual({ table: 'deadlines', id: before.deadlines[0]!.id, op: 'delete' });
    expect(changes.some((ch) => ch.table === 'cases')).toBe(false);
  });
});
