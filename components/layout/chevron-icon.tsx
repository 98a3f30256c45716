/** The small arrow of a disclosure button: down when closed, up when open (the state is also in aria-expanded). */
export function ChevronIcon({ open }: { open: boolean }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" className={`h-4 w-4 fill-current ${open ? "rotate-180" : ""}`}>
      <path d="M7 9l5 5 5-5z" />
    </svg>
  );
}
