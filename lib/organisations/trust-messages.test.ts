import de from "@/lib/i18n/messages/de.json";
import en from "@/lib/i18n/messages/en.json";
import pl from "@/lib/i18n/messages/pl.json";
import { VERIFIED_FACTS, type VerifiedFact } from "@/lib/organisations/trust";

// How each verified fact and each consequence is named in the texts, per language.
const words: Record<string, { facts: Record<VerifiedFact, RegExp>; consequences: RegExp[] }> = {
  pl: {
    facts: {
      name: /nazwy/,
      legalForm: /formy prawnej/,
      seatTerritoryCode: /siedziby/,
      krs: /KRS/,
      nip: /NIP/,
      regon: /REGON/,
    },
    consequences: [/wyborach/, /uwag w konsultacjach/],
  },
  en: {
    facts: { name: /name/, legalForm: /legal form/, seatTerritoryCode: /seat/, krs: /KRS/, nip: /NIP/, regon: /REGON/ },
    consequences: [/elections/, /remarks in consultations/],
  },
  de: {
    facts: { name: /Name/, legalForm: /Rechtsform/, seatTerritoryCode: /Sitz/, krs: /KRS/, nip: /NIP/, regon: /REGON/ },
    consequences: [/Wahlen/, /Anmerkungen in Konsultationen/],
  },
};

describe.each([
  ["pl", pl],
  ["en", en],
  ["de", de],
] as const)(
  "what withdraws a verification, said the same way before editing and before saving (%s)",
  (locale, messages) => {
    const texts = { intro: messages.organisation.editIntro, warning: messages.organisationForm.verifiedFactsWarning };

    it.each(Object.keys(texts) as (keyof typeof texts)[])(
      "the %s names every verified fact and every consequence",
      (which) => {
        for (const fact of VERIFIED_FACTS) expect(texts[which]).toMatch(words[locale]!.facts[fact]);
        for (const consequence of words[locale]!.consequences) expect(texts[which]).toMatch(consequence);
      },
    );
  },
);
