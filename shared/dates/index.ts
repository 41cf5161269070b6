// The dates module's public door: other tools read due dates through here only.
export { parseDueDate } from './parseDueDate';
// A meeting's instants on each delegation's wall clock (Hanoi and Washington differ by 11 or 12 hours).
export { formatOffset, instantFromWallClock, zonedTime, zoneDifferenceMinutes, type ZonedTime } from './zonedTime';
// The officer's "today" on this machine's clock.
export { localIsoDate } from './localDate';
// Zones as officials name them ("Ho Chi Minh", not ICU's old "Saigon").
export { currentZoneName, zoneCity } from './zoneNames';
