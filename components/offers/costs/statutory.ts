// Words of the 2018 template's cost tables that are not fields of their own
// (column heads, row names), as printed: always Polish, shown with lang="pl"
// beside the translated help, like the field labels in lib/offers/template.
// From memory of Dz.U. 2018 poz. 2057 zał. 1 (design L7): unverified until a
// person has compared them with the official DOCX, as the fields there are.
export const VERIFIED = false;

export const statutory = {
  costsHeading: "Zestawienie kosztów realizacji zadania",
  fundingHeading: "Źródła finansowania kosztów",
  number: "Lp.",
  value: "Wartość [PLN]",
  total: "Razem",
  year: (ordinal: number) => `Rok ${ordinal}`,
  action: "Działanie",
  cost: "Koszt",
  source: "Źródło finansowania kosztów realizacji zadania",
  share: "Udział [%]",
  applicant: "Oferent",
} as const;
