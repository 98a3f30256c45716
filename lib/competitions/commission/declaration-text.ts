// The statement a commission member makes for each offer before reading it
// (design L6: art. 15 ust. 2d UDPP applies art. 24 k.p.a. to members). The
// Polish wording is what the protocol prints and what a declaration records by
// its version; the page shows the same grounds translated from the
// `commission.declaration` messages. Written from memory of art. 24 § 1 k.p.a.
// and not yet compared with the consolidated text: `verified: false` until it is.
export const DECLARATION_STATEMENT = {
  version: "kpa24@1",
  verified: false,
  intro:
    "Oświadczam, że w odniesieniu do oferty nie zachodzą okoliczności, o których mowa w art. 24 § 1 ustawy z dnia 14 czerwca 1960 r. – Kodeks postępowania administracyjnego, w szczególności nie jestem:",
  grounds: [
    "stroną ani osobą pozostającą z oferentem w takim stosunku prawnym, że wynik sprawy może mieć wpływ na moje prawa lub obowiązki (w tym członkiem organów, pracownikiem, członkiem lub wolontariuszem oferenta)",
    "małżonkiem, krewnym ani powinowatym do drugiego stopnia osoby wchodzącej w skład organów oferenta",
    "osobą związaną z osobą wchodzącą w skład organów oferenta z tytułu przysposobienia, opieki lub kurateli",
    "przedstawicielem oferenta ani osobą, której przedstawicielem jest osoba wymieniona wyżej",
    "osobą pozostającą wobec oferenta w stosunku nadrzędności służbowej",
  ],
  closing:
    "Zobowiązuję się do zachowania w tajemnicy informacji uzyskanych w związku z oceną ofert. Jeżeli okoliczności te zaistnieją w toku prac komisji, niezwłocznie złożę oświadczenie o wyłączeniu.",
} as const;

export type DeclarationVersion = (typeof DECLARATION_STATEMENT)["version"];
