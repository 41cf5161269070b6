/**
 * English strings of the conflicts feature, under `conflicts.*`. `vi.ts` has exactly the same keys
 * (tested). Field, table and value labels are this feature's own so that a conflict or a history
 * entry of any synced table reads in words, never as a raw field name.
 */
export const en = {
  conflicts: {
    nav: {
      label: 'Conflicts',
      count_one: '{{count}} open conflict',
      count_other: '{{count}} open conflicts',
    },
    page: {
      title: 'Conflicts',
      intro:
        'A status or outcome was changed on two devices before they synced. Choose which value stands: your choice is an ordinary change and reaches every device.',
      loading: 'Loading conflicts…',
      openHeading: 'Open conflicts',
      openList: 'Open conflicts, newest first',
      emptyTitle: 'No open conflicts',
      emptyBody: 'Every device agrees. Conflicts appear here when the same status or outcome is changed in two places at once.',
      resolvedSummary_one: 'Resolved ({{count}})',
      resolvedSummary_other: 'Resolved ({{count}})',
      resolvedList: 'Resolved conflicts, most recently resolved first',
    },
    conflict: {
      heading: '{{field}} of <link>{{record}}</link>',
      title: '{{field}} of {{record}}',
      resolvedAnnouncement: 'Conflict resolved: {{title}} is now {{value}}.',
      reason: {
        concurrentEdit: 'Changed on two devices before they synced.',
        editAfterDelete: 'Edited on one device after the record was deleted on another.',
      },
      valueBy: 'Value of {{author}}',
      lastValueBeforeDeletion: 'Last value before deletion, deleted by {{author}}',
      editNotApplied: 'Edit by {{author}}, not applied',
      changedAt: 'Changed {{when}}',
      current: 'Current value',
      keep: 'Keep {{author}}’s value',
      use: 'Use {{author}}’s value',
      keepThis: 'Keep this value',
      useThis: 'Use this value',
      leaveDeleted: 'Leave the record deleted',
      deletedNote:
        'The record was deleted, so this edit cannot be applied. Resolving keeps the record deleted; the edited value stays listed under Resolved.',
      saving: 'Saving your choice…',
      resolvedBy: 'Resolved by {{author}}, {{when}}',
      resolvedValue: 'Value kept: {{value}}',
      unknownAuthor: 'an unknown member',
      recordDeleted: '{{record}} (deleted)',
      recordMissing: 'a record not on this device',
    },
    errors: {
      transition:
        'This value cannot be applied: the status cannot move from “{{from}}” to “{{to}}”. The conflict stays open. Keep the other value, or change the status step by step on the record first.',
      validation:
        'This value cannot be applied because the record would no longer be valid (for example, a closed case needs an outcome). The conflict stays open.',
      missing: 'This value cannot be applied because the record has been deleted. The conflict stays open.',
      alreadyResolved: 'This conflict has already been resolved, perhaps on another device.',
      failed: 'Your choice could not be saved. Nothing was changed and the conflict stays open.',
    },
    history: {
      heading: 'Change history',
      listLabel: 'Changes to this record, newest first',
      loading: 'Loading the history…',
      empty: 'No changes of this record are recorded on this device yet.',
      meta: '{{author}} · {{when}}',
      created: 'Created the record',
      deleted: 'Deleted the record',
      change: '{{field}}: {{old}} → {{new}}',
      replacedMeta: 'Replaced by a concurrent edit · {{when}}',
      replaced: '{{field}}: value replaced by a concurrent edit: {{value}} — by {{author}}, {{when}}',
      showAll: 'Show all {{count}} entries',
      showFewer: 'Show only the latest 20',
    },
    values: {
      empty: '(empty)',
      yes: 'Yes',
      no: 'No',
    },
    tables: {
      cases: 'Case',
      parties: 'Party',
      goods: 'Goods line',
      shipments: 'Shipment',
      proofsOfOrigin: 'Proof of origin',
      deadlines: 'Deadline',
      notes: 'Note',
      attachments: 'Attachment',
      verificationRequests: 'Verification request',
      requestQuestions: 'Request question',
      meetings: 'Meeting',
      participants: 'Meeting participant',
      agendaItems: 'Agenda item',
      decisions: 'Decision',
      actionItems: 'Action item',
      contacts: 'Contact',
      riskLists: 'Risk list',
      riskEntries: 'Risk list entry',
    },
    fields: {
      cases: {
        reference: 'Reference',
        title: 'Title',
        type: 'Case type',
        status: 'Status',
        outcome: 'Outcome',
        priority: 'Priority',
        partnerCountry: 'Partner country',
        direction: 'Direction',
        legalBasis: 'Legal basis',
        summary: 'Summary of facts',
        assignee: 'Assignee',
        tags: 'Tags',
        adCvdOrders: 'AD/CVD orders',
        confidentiality: 'Confidentiality',
        linkedCaseIds: 'Linked cases',
        openedOn: 'Opened on',
        createdAt: 'Created',
        updatedAt: 'Last changed',
        archivedAt: 'Archived on',
      },
      verificationRequests: { status: 'Request status', outcome: 'Request outcome' },
      actionItems: { status: 'Action item status' },
    },
    enums: {
      verificationRequests: {
        status: {
          draft: 'Draft',
          sent: 'Sent',
          acknowledged: 'Acknowledged',
          inProgress: 'In progress',
          informationRequested: 'Information requested',
          visitScheduled: 'Visit scheduled',
          replyReceived: 'Reply received',
          closed: 'Closed',
        },
        outcome: {
          confirmed: 'Confirmed',
          notConfirmed: 'Not confirmed',
          noReply: 'No reply',
          withdrawn: 'Withdrawn',
        },
      },
      actionItems: {
        status: {
          open: 'Open',
          inProgress: 'In progress',
          done: 'Done',
          cancelled: 'Cancelled',
          superseded: 'Superseded',
        },
      },
    },
  },
};

/** The shape both languages share. */
export type ConflictsLocale = typeof en;
