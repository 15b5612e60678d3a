/**
 * Time-zone abbreviations as feeds write them after a time ("10:00:00 CEST"), each mapped either to
 * a fixed offset or, where the abbreviation names a region's clock rather than one offset ("ET",
 * "PT"), to the IANA zone whose offset on that date applies. Where one abbreviation is used for
 * several zones, the table takes the meaning news feeds use (IST: India). RFC 822's military
 * letters other than Z are left out: RFC 2822 says their signs were published reversed.
 */

/** An abbreviation's meaning: minutes east of UTC, or a zone whose offset depends on the date. */
export type ZoneMeaning = { offsetMinutes: number } | { timeZone: string };

const HOUR = 60;

const FIXED: Readonly<Record<string, number>> = {
  Z: 0,
  UT: 0,
  UTC: 0,
  GMT: 0,
  WET: 0,
  WEST: 1 * HOUR,
  BST: 1 * HOUR,
  CET: 1 * HOUR,
  MET: 1 * HOUR,
  CEST: 2 * HOUR,
  MEST: 2 * HOUR,
  MESZ: 2 * HOUR,
  MEZ: 1 * HOUR,
  EET: 2 * HOUR,
  EEST: 3 * HOUR,
  MSK: 3 * HOUR,
  IST: 5 * HOUR + 30,
  PKT: 5 * HOUR,
  ICT: 7 * HOUR,
  WIB: 7 * HOUR,
  HKT: 8 * HOUR,
  SGT: 8 * HOUR,
  AWST: 8 * HOUR,
  PHT: 8 * HOUR,
  JST: 9 * HOUR,
  KST: 9 * HOUR,
  ACST: 9 * HOUR + 30,
  ACDT: 10 * HOUR + 30,
  AEST: 10 * HOUR,
  AEDT: 11 * HOUR,
  NZST: 12 * HOUR,
  NZDT: 13 * HOUR,
  NST: -3 * HOUR - 30,
  NDT: -2 * HOUR - 30,
  ADT: -3 * HOUR,
  AST: -4 * HOUR,
  EDT: -4 * HOUR,
  EST: -5 * HOUR,
  CDT: -5 * HOUR,
  CST: -6 * HOUR,
  MDT: -6 * HOUR,
  MST: -7 * HOUR,
  PDT: -7 * HOUR,
  PST: -8 * HOUR,
  AKDT: -8 * HOUR,
  AKST: -9 * HOUR,
  HST: -10 * HOUR,
  BRT: -3 * HOUR,
  ART: -3 * HOUR,
};

/** Abbreviations for a region's clock, standard or summer time by date. */
const REGIONAL: Readonly<Record<string, string>> = {
  AT: 'America/Halifax',
  ET: 'America/New_York',
  CT: 'America/Chicago',
  MT: 'America/Denver',
  PT: 'America/Los_Angeles',
};

/** What an abbreviation means, case-insensitively; undefined when it is not one Brief knows. */
export function zoneAbbreviation(name: string): ZoneMeaning | undefined {
  const key = name.toUpperCase();
  if (key in FIXED) return { offsetMinutes: FIXED[key]! };
  if (key in REGIONAL) return { timeZone: REGIONAL[key]! };
  return undefined;
}
