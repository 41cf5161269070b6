// Strings of global search, under `search.*`. Both languages carry the same keys (tested).
export const en = {
  search: {
    open: 'Search',
    shortcut: 'Search everything: cases, parties, requests, contacts…',
    title: 'Search',
    inputLabel: 'Search everything',
    placeholder: 'Names, titles, references, tax codes…',
    hint: 'Search cases, parties, requests, meetings, action items, contacts and risk entries. Diacritics are optional, and small typos are forgiven.',
    resultsLabel: 'Search results',
    seeAll: 'See all results for “{{query}}”',
    building: 'Building the search index… ({{done}} of {{total}})',
    opening: 'Opening the search index…',
    buildingShort: 'Results may be incomplete until the index is built.',
    failed: 'The search index could not be brought up to date; results may be missing recent changes.',
    noResults: 'Nothing matches “{{query}}”.',
    noResultsHint: 'Check the spelling, or type fewer words.',
    showing: 'Showing {{shown}} of {{total}}',
    showMore: 'Show more',
    inCase: 'Case {{reference}}',
    noPage: 'Opens from its case when one is linked',
    groups: {
      case: 'Cases',
      party: 'Parties',
      request: 'Verification requests',
      meeting: 'Meetings',
      actionItem: 'Action items',
      contact: 'Contacts',
      riskEntry: 'Risk entries',
    },
  },
};

export type SearchLocale = typeof en;
