/**
 * A glossary date as English puts it after a verb: "on 2025-03-01" for a day, "in February 2025"
 * for a month, "in 2026" for a year (glossary dates are YYYY-MM-DD, YYYY-MM or YYYY). Anything
 * else is given back after "on". `{{date, when}}` in the English catalog.
 */
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function when(date: string): string {
  const month = /^(\d{4})-(\d{2})$/.exec(date);
  const name = month ? MONTHS[Number(month[2]) - 1] : undefined;
  if (month && name) return `in ${name} ${month[1]}`;
  if (/^\d{4}$/.test(date)) return `in ${date}`;
  return `on ${date}`;
}
