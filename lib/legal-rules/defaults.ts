// The values every instance starts with (design §1.1), with where each comes
// from. Seeded by lib/reference-data/seed.ts; a seeded row is never
// overwritten, so administrators' later rows and notes survive. Where the
// paragraph of art. 19a is not confirmed, the source says so: the values are.
import type { LegalRuleKey, LegalRuleUnit } from "@/lib/legal-rules/keys";

export interface LegalRuleDefault {
  key: LegalRuleKey;
  unit: LegalRuleUnit;
  valueInt?: bigint;
  valueText?: string;
  validFrom: string;
  source: string;
  note?: string;
}

/** The first day the platform needs: the 2018 templates apply to competitions announced from then. */
const TEMPLATES_2018 = "2019-03-01";

export const legalRuleDefaults: LegalRuleDefault[] = [
  {
    key: "competition.announcementMinDays",
    unit: "days",
    valueInt: 21n,
    validFrom: TEMPLATES_2018,
    source: "Art. 13 ust. 1 ustawy o działalności pożytku publicznego i o wolontariacie",
    note: "Liczone w dniach kalendarzowych czasu polskiego od dnia ostatniego z ogłoszeń w BIP, na tablicy ogłoszeń i na stronie internetowej urzędu.",
  },
  {
    key: "competition.announcementDaysExclusive",
    unit: "flag",
    valueInt: 0n,
    validFrom: TEMPLATES_2018,
    source: "Wykładnia art. 13 ust. 1 UDPP w związku z art. 111 § 2 Kodeksu cywilnego (dnia ogłoszenia nie wlicza się)",
    note: "1: urząd wymaga jednego dnia więcej.",
  },
  {
    key: "competition.reasonsRequestDays",
    unit: "days",
    valueInt: 30n,
    validFrom: TEMPLATES_2018,
    source: "Art. 15 ust. 2j UDPP (numer ustępu niepotwierdzony)",
    note: "Liczone w dniach kalendarzowych czasu polskiego od dnia ostatniego z ogłoszeń wyników w BIP, na tablicy ogłoszeń i na stronie internetowej urzędu.",
  },
  {
    key: "smallGrant.maxGrant",
    unit: "grosze",
    valueInt: 1_000_000n,
    validFrom: TEMPLATES_2018,
    source: "Art. 19a ust. 1 pkt 1 UDPP (numer ustępu niepotwierdzony)",
  },
  {
    key: "smallGrant.maxDays",
    unit: "days",
    valueInt: 90n,
    validFrom: TEMPLATES_2018,
    source: "Art. 19a ust. 1 pkt 2 UDPP (numer ustępu niepotwierdzony)",
  },
  {
    key: "smallGrant.maxPerOrganisationYear",
    unit: "grosze",
    valueInt: 2_000_000n,
    validFrom: TEMPLATES_2018,
    source: "Art. 19a UDPP: limit na organizację w roku kalendarzowym (numer ustępu niepotwierdzony)",
  },
  {
    key: "smallGrant.maxShareOfPlannedBp",
    unit: "basisPoints",
    valueInt: 2_000n,
    validFrom: TEMPLATES_2018,
    source:
      "Art. 19a UDPP: 20% dotacji planowanych w roku budżetowym na zadania organizacji (numer ustępu niepotwierdzony)",
  },
  {
    key: "smallGrant.publishWithinWorkingDays",
    unit: "workingDays",
    valueInt: 7n,
    validFrom: TEMPLATES_2018,
    source: "Art. 19a ust. 3 UDPP (numer ustępu niepotwierdzony)",
  },
  {
    key: "smallGrant.remarksDays",
    unit: "days",
    valueInt: 7n,
    validFrom: TEMPLATES_2018,
    source: "Art. 19a UDPP: uwagi w terminie 7 dni od dnia zamieszczenia oferty",
  },
  {
    key: "udpp.citation",
    unit: "text",
    valueText: "Dz. U. z 2024 r. poz. 1491",
    validFrom: "2024-10-08",
    source: "Obwieszczenie Marszałka Sejmu RP z dnia 26 września 2024 r. (tekst jednolity)",
  },
  {
    key: "template.full",
    unit: "text",
    valueText: "FULL_2018",
    validFrom: TEMPLATES_2018,
    source: "Rozporządzenie z dnia 24 października 2018 r., Dz. U. z 2018 r. poz. 2057, załącznik nr 1",
  },
  {
    key: "template.simplified",
    unit: "text",
    valueText: "SIMPLIFIED_2018",
    validFrom: TEMPLATES_2018,
    source: "Rozporządzenie z dnia 24 października 2018 r., Dz. U. z 2018 r. poz. 2055",
  },
];
