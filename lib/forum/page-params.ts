// Page numbers from the address (?strona=), with anything odd read as page 1.
export function pageParam(value: string | string[] | undefined): number {
  const page = typeof value === "string" && /^\d{1,6}$/.test(value) ? Number(value) : 1;
  return Math.max(1, page);
}
