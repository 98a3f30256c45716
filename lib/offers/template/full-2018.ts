// The offer / joint offer of Dz.U. 2018 poz. 2057, annex 1 (design L6, L7).
// Labels of the header and I.1–III.2 are confirmed (ngo.powiat.starachowice.pl/st.html);
// III.3's tail and everything after it are from memory of the official
// template (shared doc §1.2–1.5) and stay `verified: false` until a person has
// compared them with the official DOCX. Organ (I.1) and the kind of task (I.2)
// are not typed: they come from the competition.
import { applicantFields, costFields, field, LONG, MEDIUM, SHORT } from "@/lib/offers/template/fields-2018";
import { statementFields } from "@/lib/offers/template/statements-2018";
import type { OfferTemplateDefinition } from "@/lib/offers/template/types";

const confirmed = { verified: true } as const;

export const full2018: OfferTemplateDefinition = {
  template: "FULL_2018",
  templateVersion: "2057-2018-zal1@1",
  source: "Rozporządzenie z dnia 24 października 2018 r. (Dz.U. 2018 poz. 2057), załącznik nr 1",
  fields: [
    ...applicantFields,
    field("description", "section", "title", "III.1", "Tytuł zadania publicznego", "taskTitle", {
      ...confirmed,
      maxLength: SHORT,
    }),
    field("description", "section", "startsOn", "III.2", "Data rozpoczęcia", "startsOn", { ...confirmed }),
    field("description", "section", "endsOn", "III.2", "Data zakończenia", "endsOn", { ...confirmed }),
    field(
      "description",
      "section",
      "synopsis",
      "III.3",
      "Syntetyczny opis zadania (należy wskazać i opisać: miejsce realizacji zadania, grupę docelową, sposób rozwiązywania jej problemów/zaspokajania potrzeb, komplementarność z innymi działaniami podejmowanymi przez organizację lub inne podmioty)",
      "synopsis",
      { maxLength: LONG },
    ),
    field("plan", "planAction", "name", "III.4", "Nazwa działania", "actionName", { maxLength: SHORT }),
    field("plan", "planAction", "description", "III.4", "Opis", "actionDescription", { maxLength: MEDIUM }),
    field("plan", "planAction", "targetGroup", "III.4", "Grupa docelowa", "actionTargetGroup", { maxLength: SHORT }),
    field("plan", "planAction", "period", "III.4", "Planowany termin realizacji", "actionPeriod", { maxLength: SHORT }),
    field(
      "plan",
      "planAction",
      "nonPartyScope",
      "III.4",
      "Zakres działania realizowany przez podmiot niebędący stroną umowy",
      "actionNonPartyScope",
      { naAllowed: true, maxLength: SHORT },
    ),
    field("plan", "planAction", "applicantId", "III.4", "Oferent realizujący działanie", "actionApplicant", {
      required: false,
      requiredIf: "JOINT",
    }),
    field(
      "results",
      "section",
      "directEffect",
      "III.5",
      "Co będzie bezpośrednim efektem (materialne „produkty” lub „usługi” zrealizowane na rzecz uczestników zadania) realizacji oferty?",
      "resultsDirectEffect",
      { maxLength: LONG },
    ),
    field(
      "results",
      "section",
      "socialChange",
      "III.5",
      "Jaka zmiana społeczna zostanie osiągnięta poprzez realizację zadania?",
      "resultsSocialChange",
      { maxLength: LONG },
    ),
    field(
      "results",
      "section",
      "sustainability",
      "III.5",
      "Czy przewidywane jest wykorzystanie rezultatów osiągniętych w trakcie realizacji oferty w dalszych działaniach organizacji? – trwałość rezultatów zadania",
      "resultsSustainability",
      { maxLength: LONG },
    ),
    field("resultsTable", "resultRow", "name", "III.6", "Nazwa rezultatu", "resultName", {
      required: false,
      requiredIf: "RESULTS_TABLE_NOT_WAIVED",
      maxLength: SHORT,
    }),
    field(
      "resultsTable",
      "resultRow",
      "target",
      "III.6",
      "Planowany poziom osiągnięcia rezultatów (wartość docelowa)",
      "resultTarget",
      { required: false, requiredIf: "RESULTS_TABLE_NOT_WAIVED", maxLength: SHORT },
    ),
    field(
      "resultsTable",
      "resultRow",
      "monitoring",
      "III.6",
      "Sposób monitorowania rezultatów / źródło informacji o osiągnięciu wskaźnika",
      "resultMonitoring",
      { required: false, requiredIf: "RESULTS_TABLE_NOT_WAIVED", maxLength: MEDIUM },
    ),
    field(
      "profile",
      "section",
      "previousActivity",
      "IV.1",
      "Informacja o wcześniejszej działalności oferenta, w szczególności w zakresie, którego dotyczy zadanie publiczne",
      "previousActivity",
      { maxLength: LONG },
    ),
    field(
      "profile",
      "section",
      "resources",
      "IV.2",
      "Zasoby kadrowe, rzeczowe i finansowe oferenta, które będą wykorzystane do realizacji zadania",
      "resources",
      { maxLength: LONG },
    ),
    ...costFields,
    field(
      "jointSplit",
      "computed",
      "heading",
      "V.C",
      "Podział kosztów realizacji zadania pomiędzy oferentów",
      "jointSplitHeading",
    ),
    field(
      "other",
      "section",
      "paid",
      "VI.1",
      "Deklaracja o zamiarze odpłatnego lub nieodpłatnego wykonania zadania publicznego",
      "paid",
      {
        // The template asks for a declaration in words; these are the platform's three wordings of it.
        options: [
          {
            value: "FREE",
            label: "nieodpłatne wykonanie zadania publicznego",
            messageKey: "offerEditor.fields.paidFree",
          },
          { value: "PAID", label: "odpłatne wykonanie zadania publicznego", messageKey: "offerEditor.fields.paidPaid" },
          {
            value: "BOTH",
            label: "odpłatne i nieodpłatne wykonanie zadania publicznego",
            messageKey: "offerEditor.fields.paidBoth",
          },
        ],
      },
    ),
    field(
      "other",
      "section",
      "jointRoles",
      "VI.2",
      "Działania, które w ramach realizacji zadania publicznego będą wykonywać poszczególni oferenci oraz sposób ich reprezentacji wobec organu administracji publicznej – w przypadku oferty wspólnej",
      "jointRoles",
      { required: false, requiredIf: "JOINT", naAllowed: true, maxLength: LONG },
    ),
    field(
      "other",
      "section",
      "otherInfo",
      "VI.3",
      "Inne działania, które mogą mieć znaczenie przy ocenie oferty, w tym odnoszące się do kalkulacji przewidywanych kosztów oraz oświadczeń zawartych w sekcji VII",
      "otherInfo",
      { naAllowed: true, maxLength: LONG },
    ),
    ...statementFields,
  ],
};
