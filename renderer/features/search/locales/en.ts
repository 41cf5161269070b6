// Strings of global search, under `search.*`. Both languages carry the same keys (tested).
export const en = {
  search: {
    open: 'Search',
    // `kinds`: what has a screen today, from searchScope.ts (a coming feature adds itself there).
    shortcut: 'Search {{kinds, list}}',
    title: 'Search',
    inputLabel: 'Search everything',
    placeholder: 'Names, titles, references, tax codes…',
    hint: 'Search {{kinds, list}} by names, titles, references, HS codes (with or without dots), bill of lading, container and C/O numbers, or issuing bodies. Diacritics are optional, and small typos are forgiven.',
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
    noPage: 'No screen shows this yet',
    groups: {
      case: 'Cases',
      party: 'Parties',
      goodsLine: 'Goods lines',
      shipment: 'Shipments',
      proofOfOrigin: 'Proofs of origin',
      request: 'Verification requests',
      meeting: 'Meetings',
      actionItem: 'Action items',
      contact: 'Contacts',
      riskEntry: 'Risk entries',
    },
    /** Each kind of result in running text ("Search cases, parties and…"). */
    kinds: {
      case: 'cases',
      party: 'parties',
      goodsLine: 'goods lines',
      shipment: 'shipments',
      proofOfOrigin: 'proofs of origin',
      request: 'verification requests',
      meeting: 'meetings',
      actionItem: 'action items',
      contact: 'contacts',
      riskEntry: 'risk entries',
    },
  },
};

export type SearchLocale = typeof en;
