// Someone who erases their account keeps their row, emptied
// (lib/accounts/personal-data.ts), so that what they wrote stays attributed.
// Records naming people load them with `namedPerson` and pass them through
// `unlessErased`: an erased person comes out as null, which pages show as
// "a person who deleted their account" in the reader's language, never as the
// empty name left behind.
export const namedPerson = { select: { name: true, deletedAt: true } } as const;

export function unlessErased<T extends { deletedAt: Date | null }>(person: T | null): T | null {
  return person && !person.deletedAt ? person : null;
}
