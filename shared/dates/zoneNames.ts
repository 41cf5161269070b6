/**
 * IANA names ICU still reports by their old links (Chromium's own zone is "Asia/Saigon" on a
 * Hanoi laptop), mapped to the names in force, which officials know and the zone lists show.
 */
const currentNames: Readonly<Record<string, string>> = {
  'Asia/Saigon': 'Asia/Ho_Chi_Minh',
  'Asia/Calcutta': 'Asia/Kolkata',
  'Asia/Katmandu': 'Asia/Kathmandu',
  'Asia/Rangoon': 'Asia/Yangon',
  'Asia/Ulan_Bator': 'Asia/Ulaanbaatar',
  'Europe/Kiev': 'Europe/Kyiv',
  'America/Buenos_Aires': 'America/Argentina/Buenos_Aires',
  'America/Godthab': 'America/Nuuk',
  'Atlantic/Faeroe': 'Atlantic/Faroe',
  'Pacific/Truk': 'Pacific/Chuuk',
  'Pacific/Ponape': 'Pacific/Pohnpei',
};

/** The zone's name in force: "Asia/Saigon" → "Asia/Ho_Chi_Minh"; any other name as given. */
export function currentZoneName(zone: string): string {
  return currentNames[zone] ?? zone;
}

/** The place a zone is named after, as people name it: "Asia/Ho_Chi_Minh" (or "Asia/Saigon") → "Ho Chi Minh". */
export function zoneCity(zone: string): string {
  const name = currentZoneName(zone);
  return (name.split('/').pop() ?? name).replace(/_/g, ' ');
}
