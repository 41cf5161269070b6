import { describe, expect, it } from 'vitest';
import {
  actionItemStatusMachine,
  canTransition,
  caseStatusMachine,
  nextStatuses,
  requestStatusMachine,
  statusMachines,
  statusRoute,
  type StatusMachine,
} from './statusMachines';

/** Every (from, to) pair of a status list, split into the moves the machine allows and refuses. */
function pairs(statuses: readonly string[], machine: Record<string, readonly string[]>) {
  const all = statuses.flatMap((from) => statuses.map((to) => [from, to] as const));
  return {
    legal: all.filter(([from, to]) => machine[from]!.includes(to)),
    illegal: all.filter(([from, to]) => !machine[from]!.includes(to)),
  };
}

describe('case status machine', () => {
  const legal = [
    ['draft', 'open'],
    ['open', 'awaitingReply'],
    ['open', 'closed'],
    ['awaitingReply', 'replyReceived'],
    ['awaitingReply', 'closed'],
    ['replyReceived', 'awaitingReply'],
    ['replyReceived', 'closed'],
    ['closed', 'open'],
  ] as const;

  it('allows exactly the documented moves', () => {
    expect(pairs(statusMachines.cases.statuses, caseStatusMachine).legal).toEqual(
      [...legal].sort((a, b) => statusMachines.cases.statuses.indexOf(a[0]) - statusMachines.cases.statuses.indexOf(b[0])),
    );
  });

  it.each(legal)('%s → %s is allowed', (from, to) => expect(canTransition(caseStatusMachine, from, to)).toBe(true));

  it.each([
    ['draft', 'closed'],
    ['draft', 'awaitingReply'],
    ['open', 'replyReceived'],
    ['open', 'draft'],
    ['closed', 'awaitingReply'],
    ['closed', 'draft'],
    ['open', 'open'],
    ['open', 'archived'],
    ['toString', 'open'],
  ])('%s → %s is refused', (from, to) => expect(canTransition(caseStatusMachine, from, to)).toBe(false));
});

describe('verification request status machine', () => {
  it('only leaves draft by sending or withdrawing', () => {
    expect(nextStatuses(requestStatusMachine, 'draft')).toEqual(['sent', 'closed']);
  });

  it.each([
    ['sent', 'acknowledged'],
    ['acknowledged', 'inProgress'],
    ['inProgress', 'informationRequested'],
    ['informationRequested', 'replyReceived'],
    ['inProgress', 'visitScheduled'],
    ['visitScheduled', 'replyReceived'],
    ['replyReceived', 'informationRequested'],
    ['replyReceived', 'closed'],
    ['closed', 'inProgress'],
  ])('%s → %s is allowed', (from, to) => expect(canTransition(requestStatusMachine, from, to)).toBe(true));

  it.each([
    ['sent', 'draft'],
    ['closed', 'draft'],
    ['closed', 'sent'],
    ['draft', 'replyReceived'],
    ['acknowledged', 'sent'],
  ])('%s → %s is refused (a sent request never returns to draft)', (from, to) => {
    expect(canTransition(requestStatusMachine, from, to)).toBe(false);
  });

  it('can reach closed from every status', () => {
    for (const s of statusMachines.verificationRequests.statuses.filter((x) => x !== 'closed')) {
      expect(canTransition(requestStatusMachine, s, 'closed')).toBe(true);
    }
  });
});

describe('action item status machine', () => {
  it.each([
    ['open', 'inProgress'],
    ['inProgress', 'open'],
    ['open', 'done'],
    ['inProgress', 'done'],
    ['open', 'cancelled'],
    ['inProgress', 'superseded'],
    ['done', 'open'],
    ['cancelled', 'open'],
  ])('%s → %s is allowed', (from, to) => expect(canTransition(actionItemStatusMachine, from, to)).toBe(true));

  it.each([
    ['superseded', 'open'],
    ['done', 'cancelled'],
    ['cancelled', 'done'],
    ['open', 'overdue'],
  ])('%s → %s is refused', (from, to) => expect(canTransition(actionItemStatusMachine, from, to)).toBe(false));
});

describe('all machines', () => {
  it.each(Object.entries(statusMachines))('%s: every status is a state and every target is a status', (_, { statuses, machine }) => {
    expect(Object.keys(machine).sort()).toEqual([...statuses].sort());
    for (const targets of Object.values(machine) as readonly string[][]) {
      for (const to of targets) expect(statuses as readonly string[]).toContain(to);
    }
    const { illegal } = pairs(statuses, machine as Record<string, readonly string[]>);
    for (const [from, to] of illegal) expect(canTransition(machine as StatusMachine<string>, from, to)).toBe(false);
  });
});

describe('statusRoute', () => {
  it('finds the shortest chain of legal moves, and null where nothing leads', () => {
    expect(statusRoute(caseStatusMachine, 'open', 'open')).toEqual(['open']);
    expect(statusRoute(caseStatusMachine, 'open', 'closed')).toEqual(['open', 'closed']);
    expect(statusRoute(caseStatusMachine, 'closed', 'awaitingReply')).toEqual(['closed', 'open', 'awaitingReply']);
    expect(statusRoute(caseStatusMachine, 'closed', 'replyReceived')).toEqual(['closed', 'open', 'awaitingReply', 'replyReceived']);
    expect(statusRoute(caseStatusMachine, 'open', 'draft')).toBeNull();
    expect(statusRoute(caseStatusMachine, 'open', 'archived')).toBeNull();
    expect(statusRoute(actionItemStatusMachine, 'superseded', 'open')).toBeNull();
    expect(statusRoute(caseStatusMachine, 'awaitingReply', 'open')).toEqual(['awaitingReply', 'closed', 'open']);
    expect(statusRoute(caseStatusMachine, 'awaitingReply', 'open', ['closed'])).toBeNull();
    expect(statusRoute(caseStatusMachine, 'closed', 'awaitingReply', ['closed'])).toEqual(['closed', 'open', 'awaitingReply']);
  });

  it('every route it returns is made of moves the machine allows', () => {
    for (const { statuses, machine } of Object.values(statusMachines)) {
      for (const from of statuses) {
        for (const to of statuses) {
          const route = statusRoute(machine as StatusMachine<string>, from, to);
          if (!route) continue;
          expect(route[0]).toBe(from);
          expect(route.at(-1)).toBe(to);
          for (let i = 1; i < route.length; i++) expect(canTransition(machine as StatusMachine<string>, route[i - 1]!, route[i]!)).toBe(true);
        }
      }
    }
  });
});
