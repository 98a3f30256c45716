// The simplified offer for a small grant (art. 19a), Dz.U. 2018 poz. 2055
// (design L8). Only its section list is known (shared doc §1.7, from memory),
// so every item is `verified: false` and its numbering is the shared doc's
// order; the applicant, cost and statement items reuse the full template's
// wording until the official form says otherwise.
import { applicantFields, costFields, field, LONG, SHORT } from "@/lib/offers/template/fields-2018";
import { statementFields } from "@/lib/offers/template/statements-2018";
import type { OfferTemplateDefinition } from "@/lib/offers/template/types";

const unverified = { verified: false } as const;

export const simplified2018: OfferTemplateDefinition = {
  template: "SIMPLIFIED_2018",
  templateVersion: "2055-2018@1",
  source: "Rozporządzenie z dnia 24 października 2018 r. (Dz.U. 2018 poz. 2055), uproszczony wzór oferty",
  fields: [
    field("description", "section", "title", "I.3", "Tytuł zadania publicznego", "taskTitle", { maxLength: SHORT }),
    field("description", "section", "startsOn", "I.4", "Data rozpoczęcia", "startsOn"),
    field("description", "section", "endsOn", "I.4", "Data zakończenia", "endsOn"),
    ...applicantFields.map((item) => ({ ...item, ...unverified })),
    field("description", "section", "place", "III.1", "Miejsce realizacji zadania publicznego", "sgPlace", {
      maxLength: SHORT,
    }),
    field(
      "description",
      "section",
      "synopsis",
      "III.2",
      "Opis zadania publicznego proponowanego do realizacji, w tym grupa docelowa",
      "sgSynopsis",
      { maxLength: LONG },
    ),
    field(
      "description",
      "section",
      "goals",
      "III.3",
      "Zakładany(-ne) cel(e) realizacji zadania publicznego",
      "sgGoals",
      { maxLength: LONG },
    ),
    field(
      "results",
      "section",
      "expected",
      "III.4",
      "Opis zakładanych rezultatów realizacji zadania publicznego",
      "sgExpectedResults",
      { maxLength: LONG },
    ),
    // Optional in the simplified template (shared doc §1.7: "an optional result table like III.6").
    field("resultsTable", "resultRow", "name", "III.5", "Nazwa rezultatu", "resultName", {
      required: false,
      maxLength: SHORT,
    }),
    field(
      "resultsTable",
      "resultRow",
      "target",
      "III.5",
      "Planowany poziom osiągnięcia rezultatów (wartość docelowa)",
      "resultTarget",
      { required: false, maxLength: SHORT },
    ),
    field(
      "resultsTable",
      "resultRow",
      "monitoring",
      "III.5",
      "Sposób monitorowania rezultatów / źródło informacji o osiągnięciu wskaźnika",
      "resultMonitoring",
      { required: false, maxLength: SHORT },
    ),
    field(
      "profile",
      "section",
      "previousActivity",
      "III.6",
      "Krótka charakterystyka oferenta, w tym doświadczenie w realizacji zadań o podobnym charakterze",
      "sgProfile",
      { maxLength: LONG },
    ),
    ...costFields.map((item) => ({ ...item, ref: item.ref.replace(/^V\./, "IV.") })),
    ...statementFields.map((item) => ({ ...item, ref: item.ref.replace(/^VII\./, "V.") })),
  ],
};
