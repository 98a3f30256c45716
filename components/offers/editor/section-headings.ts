// The parts of the 2018 offer template as printed (Dz.U. 2018 poz. 2057,
// annex 1), each with the document sections it holds. Headings I–III.3 follow
// the confirmed text; the later ones are from memory of the template, like
// the labels in lib/offers/template (design L7), and are checked with them.
import type { OfferSectionKey } from "@/lib/offers/document/schema";

export type TemplatePart = {
  /** Its anchor and message key (offerEditor.parts.<id>). */
  id: "I" | "II" | "III" | "IV" | "V" | "VI" | "VII";
  /** The statutory Polish heading. */
  heading: string;
  sections: OfferSectionKey[];
};

export const FULL_2018_PARTS: TemplatePart[] = [
  {
    id: "I",
    heading:
      "Podstawowe informacje o złożonej ofercie: organ administracji publicznej, do którego jest adresowana oferta, i rodzaj zadania publicznego",
    sections: [],
  },
  { id: "II", heading: "Dane oferenta(-tów)", sections: ["applicants"] },
  { id: "III", heading: "Opis zadania", sections: ["description", "plan", "results", "resultsTable"] },
  { id: "IV", heading: "Charakterystyka oferenta", sections: ["profile"] },
  {
    id: "V",
    heading: "Kalkulacja przewidywanych kosztów realizacji zadania publicznego",
    sections: ["costs", "funding", "jointSplit"],
  },
  { id: "VI", heading: "Inne informacje", sections: ["other"] },
  { id: "VII", heading: "Oświadczenia", sections: ["statements"] },
];
