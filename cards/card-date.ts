/**
 * A timestamp the Adaptive Card client formats itself, in the reader's own locale and time zone,
 * with the card language's DATE/TIME functions. They accept RFC 3339 without fractions of a second.
 */
export function cardDateTime(iso: string): string {
  const utc = new Date(iso).toISOString().replace(/\.\d{3}Z$/, 'Z');
  return `{{DATE(${utc}, SHORT)}} {{TIME(${utc})}}`;
}
