import { describe, expect, it } from 'vitest';
import type { VerificationRequest } from '../../../../shared/domain';
import { sampleRecords } from '../../../../shared/domain/sampleRecords';
import { dueCounts, emptyRegisterFilter, matchesFilter, registerFilterFromQuery, sortRows, toRegisterRow, type RegisterFilter } from './registerRows';

const base = sampleRecords.verificationRequests as VerificationRequest;
const table = { rules: {}, holidays: [] };
const c = { id: base.caseId, reference: 'VN-2026-0007', partnerCountry: 'US' };
const request = (over: Partial<VerificationRequest>): VerificationRequest => ({ ...base, ...over });
const row = (over: Partial<VerificationRequest>) => toRegisterRow(request(over), c, table);
const today = '2026-03-10';
const filter = (over: Partial<RegisterFilter>) => ({ ...emptyRegisterFilter, ...over });

describe('register rows', () => {
  it('shows the acknowledgement as the next deadline until it is acknowledged, then the reply', () => {
    const sent = row({ status: 'sent', sentOn: '2026-01-05', acknowledgementDueOn: '2026-02-04', replyDueOn: '2026-05-05', frozenAt: '2026-01-05T09:00:00Z' });
    expect([sent.dueKind, sent.dueOn]).toEqual(['acknowledgement', '2026-02-04']);
    const acknowledged = row({ status: 'acknowledged', sentOn: '2026-01-05', acknowledgedOn: '2026-01-20', replyDueOn: '2026-05-05' });
    expect([acknowledged.dueKind, acknowledged.dueOn]).toEqual(['reply', '2026-05-05']);
  });

  it('moves the reply deadline with the last extension and drops it once the reply came', () => {
    const extended = row({
      status: 'acknowledged',
      sentOn: '2026-01-05',
      acknowledgedOn: '2026-01-20',
      replyDueOn: '2026-05-05',
      extensions: [{ grantedOn: '2026-04-20', newDueOn: '2026-08-03', reason: 'Visit needed' }],
    });
    expect(extended.dueOn).toBe('2026-08-03');
    const replied = row({ status: 'replyReceived', sentOn: '2026-01-05', acknowledgedOn: '2026-01-20', replyReceivedOn: '2026-03-06' });
    expect(replied.dueOn).toBeNull();
    expect(replied.responseDays).toBe(60);
  });

  it('computes the reply date from the rule table when none was recorded (CMAA: 120 days)', () => {
    const sent = row({ status: 'acknowledged', sentOn: '2026-01-05', acknowledgedOn: '2026-01-06', replyDueOn: null });
    expect(sent.dueOn).toBe('2026-05-05');
  });

  it('filters overdue and due-this-week and counts them over the whole register', () => {
    const rows = [
      row({ id: 'a', status: 'acknowledged', sentOn: '2025-11-01', acknowledgedOn: '2025-11-02', replyDueOn: '2026-03-01' }),
      row({ id: 'b', status: 'acknowledged', sentOn: '2025-11-01', acknowledgedOn: '2025-11-02', replyDueOn: '2026-03-15' }),
      row({ id: 'c', status: 'acknowledged', sentOn: '2025-11-01', acknowledgedOn: '2025-11-02', replyDueOn: '2026-06-01' }),
      row({ id: 'd', status: 'draft' }),
    ];
    expect(rows.filter((r) => matchesFilter(r, filter({ due: 'overdue' }), today)).map((r) => r.id)).toEqual(['a']);
    expect(rows.filter((r) => matchesFilter(r, filter({ due: 'dueThisWeek' }), today)).map((r) => r.id)).toEqual(['b']);
    expect(dueCounts(rows, today)).toEqual({ overdue: 1, dueThisWeek: 1 });
  });

  it('filters by direction, status, partner, instrument and folded text', () => {
    const outgoing = row({ id: 'o', subject: 'Xác minh xuất xứ thép' });
    const incoming = toRegisterRow(request({ id: 'i', direction: 'incoming', legalInstrument: 'EVFTA' }), { ...c, partnerCountry: 'DE' }, table);
    const both = [outgoing, incoming];
    const ids = (f: Partial<RegisterFilter>) => both.filter((r) => matchesFilter(r, filter(f), today)).map((r) => r.id);
    expect(ids({ direction: 'incoming' })).toEqual(['i']);
    expect(ids({ partnerCountry: 'US' })).toEqual(['o']);
    expect(ids({ instrument: 'EVFTA' })).toEqual(['i']);
    expect(ids({ status: 'draft' })).toEqual(['o', 'i']);
    expect(ids({ status: 'open' })).toEqual(['o', 'i']);
    expect(ids({ text: 'xac minh THEP' })).toEqual(['o']);
    expect(ids({ text: '123/HQ' })).toEqual(['o', 'i']);
  });

  it('sorts by due date with undated rows last in both directions', () => {
    const rows = [row({ id: 'none' }), row({ id: 'late', status: 'acknowledged', sentOn: '2026-01-01', acknowledgedOn: '2026-01-02', replyDueOn: '2026-09-01' }), row({ id: 'soon', status: 'acknowledged', sentOn: '2026-01-01', acknowledgedOn: '2026-01-02', replyDueOn: '2026-04-01' })];
    expect(sortRows(rows, { key: 'dueOn', direction: 'ascending' }).map((r) => r.id)).toEqual(['soon', 'late', 'none']);
    expect(sortRows(rows, { key: 'dueOn', direction: 'descending' }).map((r) => r.id)).toEqual(['late', 'soon', 'none']);
  });
});

describe('the register filter from a link’s query', () => {
  it('reads the due date, status and partner a dashboard tile asks for', () => {
    expect(registerFilterFromQuery('due=overdue')).toEqual({ ...emptyRegisterFilter, due: 'overdue' });
    expect(registerFilterFromQuery('due=thisWeek')).toEqual({ ...emptyRegisterFilter, due: 'dueThisWeek' });
    expect(registerFilterFromQuery('status=sent&partner=us')).toEqual({ ...emptyRegisterFilter, status: 'sent', partnerCountry: 'US' });
    expect(registerFilterFromQuery('status=open&direction=incoming&instrument=CMAA&q=plywood')).toMatchObject({ status: 'open', direction: 'incoming', instrument: 'CMAA', text: 'plywood' });
  });

  it('ignores what it does not know, so a stray query never hides rows', () => {
    expect(registerFilterFromQuery('')).toEqual(emptyRegisterFilter);
    expect(registerFilterFromQuery('status=done&due=soon&partner=USA&caseId=0190&record=x')).toEqual(emptyRegisterFilter);
  });
});
