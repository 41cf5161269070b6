import { describe, expect, it } from 'vitest';
import type { Meeting } from '../../../../shared/domain';
import { sampleRecords } from '../../../../shared/domain/sampleRecords';
import { listMeetings } from './meetingList';

const meeting = (title: string, startsAt: string, endsAt: string, extra: Partial<Meeting> = {}): Meeting => ({ ...(sampleRecords.meetings as Meeting), id: title, title, framework: 'CMAA', sessionNo: '', venue: '', counterpartCountry: 'US', startsAt, endsAt, ...extra });
const names: Record<string, string> = { VN: 'Việt Nam', US: 'United States' };
const now = '2027-01-20T12:00:00.000Z';
const all = [
  meeting('Working group on transshipment', '2027-01-10T02:00:00Z', '2027-01-10T05:00:00Z'),
  meeting('Joint Committee 4th session', '2027-03-01T02:00:00Z', '2027-03-01T09:00:00Z', { venue: 'Hà Nội', counterpartCountry: 'VN' }),
  meeting('Video call on anti-dumping', '2027-01-20T11:00:00Z', '2027-01-20T13:00:00Z', { counterpartCountry: 'US' }),
  meeting('Technical meeting on risk lists', '2027-02-01T02:00:00Z', '2027-02-01T04:00:00Z'),
];
const titles = (list: Meeting[]) => list.map((m) => m.title);

describe('the meetings list', () => {
  it('shows upcoming meetings soonest first, one under way included, and past ones latest first', () => {
    expect(titles(listMeetings(all, 'upcoming', '', now, (c) => names[c] ?? c))).toEqual([
      'Video call on anti-dumping',
      'Technical meeting on risk lists',
      'Joint Committee 4th session',
    ]);
    expect(titles(listMeetings(all, 'past', '', now, (c) => names[c] ?? c))).toEqual(['Working group on transshipment']);
    expect(listMeetings(all, 'all', '', now, (c) => c)).toHaveLength(4);
  });

  it('finds by words of the title, the venue without marks, or the country by name', () => {
    expect(titles(listMeetings(all, 'all', 'ha noi', now, (c) => names[c] ?? c))).toEqual(['Joint Committee 4th session']);
    expect(titles(listMeetings(all, 'all', 'viet nam', now, (c) => names[c] ?? c))).toEqual(['Joint Committee 4th session']);
    expect(titles(listMeetings(all, 'all', 'risk technical', now, (c) => c))).toEqual(['Technical meeting on risk lists']);
    expect(listMeetings(all, 'all', 'customs union', now, (c) => c)).toEqual([]);
  });
});
