/** `s` as a literal inside a regular expression, with or without the `u` flag (its syntax characters escaped). */
export function escapeRegExp(s: string): string {
  return s.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
}
