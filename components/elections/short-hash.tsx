/** How many characters of a hash a table shows: enough to compare by eye, narrow enough for a phone. */
export const SHORT_HASH_LENGTH = 12;

/**
 * A hash in a table cell: its first characters, allowed to wrap rather than
 * widen the table past a 320–390 px screen. The full value is in the title
 * (for a pointer) and in the downloadable board, which the page points to.
 */
export function ShortHash({ value }: { value: string }) {
  return (
    <code title={value} className="break-all">
      {value.slice(0, SHORT_HASH_LENGTH)}…
    </code>
  );
}
