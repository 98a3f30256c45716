// The offer / joint offer of Dz.U. 2018 poz. 2057, annex 1 (design L6, L7).
// Labels of the header and I.1–III.2 are confirmed (ngo.powiat.starachowice.pl/st.html);
// III.3's tail and everything after it are from memory of the official
// template (shared doc §1.2–1.5) and stay `verified: false` until a person has
// compared them with the official DOCX. Organ (I.1) and the kind of task (I.2)
// are not typed: they come from the competition.
import type { OfferTemplateDefinition, TemplateField } from "@/lib/offers/template/types";

export const SHORT = 300;
export const MEDIUM = 2_000;
export const LONG = 10_000;

type Extra = Partial<Omit<TemplateField, "section" | "scope" | "name" | "ref" | "label" | "messageKey">>;

export function field(
  section: TemplateField["section"],
  scope: TemplateField["scope"],
  name: string,
  ref: string,
  label: string,
  key: string,
  extra: Extra = {},
): TemplateField {
  return {
    section,
    scope,
    name,
    ref,
    label,
    messageKey: `offerEditor.fields.${key}`,
    required: scope !== "computed",
    personal: false,
    verified: false,
    ...extra,
  };
}

const confirmed = { verified: true } as const;
const personal = { personal: true } as const;

/** II: the applicant's data (per applicant) and the contact person; shared with the simplified template. */
export const applicantFields: TemplateField[] = [
  field("applicants", "applicant", "name", "II.1", "Nazwa oferenta", "applicantName", {
    ...confirmed,
    maxLength: SHORT,
  }),
  field("applicants", "applicant", "legalForm", "II.1", "Forma prawna", "applicantLegalForm", {
    ...confirmed,
    maxLength: SHORT,
  }),
  field(
    "applicants",
    "applicant",
    "register",
    "II.1",
    "Numer w Krajowym Rejestrze Sądowym lub innej ewidencji",
    "applicantRegister",
    {
      ...confirmed,
      options: [
        { value: "KRS", label: "Krajowy Rejestr Sądowy", messageKey: "offerEditor.fields.registerKrs" },
        { value: "OTHER", label: "inna ewidencja", messageKey: "offerEditor.fields.registerOther" },
      ],
    },
  ),
  field("applicants", "applicant", "seatAddress", "II.1", "Adres siedziby", "applicantSeatAddress", {
    ...confirmed,
    maxLength: SHORT,
  }),
  field("applicants", "applicant", "website", "II.1", "Strona www", "applicantWebsite", {
    ...confirmed,
    naAllowed: true,
    maxLength: SHORT,
  }),
  field(
    "applicants",
    "applicant",
    "correspondenceAddress",
    "II.1",
    "Adres do korespondencji",
    "applicantCorrespondenceAddress",
    { ...confirmed, naAllowed: true, maxLength: SHORT },
  ),
  field("applicants", "applicant", "email", "II.1", "Adres e-mail", "applicantEmail", {
    ...confirmed,
    ...personal,
    maxLength: SHORT,
  }),
  field("applicants", "applicant", "phone", "II.1", "Numer telefonu", "applicantPhone", {
    ...confirmed,
    ...personal,
    maxLength: SHORT,
  }),
  // Not in the statutory template: offices add it to II.1 when the announcement asks for it (Starachowice does).
  field("applicants", "applicant", "bankAccount", "II.1", "Numer rachunku bankowego", "applicantBankAccount", {
    ...personal,
    required: false,
    requiredIf: "BANK_ACCOUNT_ASKED",
    maxLength: SHORT,
  }),
  field(
    "applicants",
    "contact",
    "name",
    "II.2",
    "Imię i nazwisko osoby upoważnionej do składania wyjaśnień dotyczących oferty",
    "contactName",
    { ...confirmed, ...personal, maxLength: SHORT },
  ),
  field("applicants", "contact", "phone", "II.2", "Numer telefonu", "contactPhone", {
    ...confirmed,
    ...personal,
    maxLength: SHORT,
  }),
  field("applicants", "contact", "email", "II.2", "Adres poczty elektronicznej", "contactEmail", {
    ...confirmed,
    ...personal,
    maxLength: SHORT,
  }),
];

/** V.A and V.B: the cost lines and the typed sources; shared with the simplified template. */
export const costFields: TemplateField[] = [
  field("costs", "costLine", "name", "V.A", "Rodzaj kosztu", "costName", { maxLength: SHORT }),
  field("costs", "costLine", "unit", "V.A", "Rodzaj miary", "costUnit", { maxLength: SHORT }),
  field("costs", "costLine", "unitCost", "V.A", "Koszt jednostkowy [PLN]", "costUnitCost"),
  field("costs", "costLine", "qtyMilli", "V.A", "Liczba jednostek", "costQuantity"),
  field("costs", "computed", "actionsHeading", "V.A.I", "Koszty realizacji działań", "costActionsHeading"),
  field("costs", "computed", "actionsTotal", "V.A.I", "Suma kosztów realizacji zadania", "costActionsTotal"),
  field("costs", "computed", "adminHeading", "V.A.II", "Koszty administracyjne", "costAdminHeading"),
  field("costs", "computed", "adminTotal", "V.A.II", "Suma kosztów administracyjnych", "costAdminTotal"),
  field("costs", "computed", "grandTotal", "V.A", "Suma wszystkich kosztów realizacji zadania", "costGrandTotal"),
  field("funding", "computed", "total", "V.B.1", "Suma wszystkich kosztów realizacji zadania", "fundingTotal"),
  field("funding", "section", "grant", "V.B.2", "Planowana dotacja w ramach niniejszej oferty", "fundingGrant"),
  field("funding", "computed", "own", "V.B.3", "Wkład własny", "fundingOwn"),
  field("funding", "section", "ownFinancial", "V.B.3.1", "Wkład własny finansowy", "fundingOwnFinancial", {
    required: false,
  }),
  field(
    "funding",
    "section",
    "ownNonFinancial",
    "V.B.3.2",
    "Wkład własny niefinansowy (osobowy i rzeczowy)",
    "fundingOwnNonFinancial",
    { required: false },
  ),
  field(
    "funding",
    "section",
    "recipientPayments",
    "V.B.4",
    "Świadczenia pieniężne od odbiorców zadania",
    "fundingRecipientPayments",
    { required: false },
  ),
];

/** VII, the seven statements (wording from memory, shared doc §1.5). */
export const statementFields: TemplateField[] = [
  field(
    "statements",
    "section",
    "s1",
    "VII.1",
    "proponowane zadanie publiczne będzie realizowane wyłącznie w zakresie działalności pożytku publicznego oferenta(-tów)",
    "statement1",
  ),
  field(
    "statements",
    "section",
    "s2",
    "VII.2",
    "pobieranie świadczeń pieniężnych będzie się odbywać wyłącznie w ramach prowadzonej odpłatnej działalności pożytku publicznego",
    "statement2",
  ),
  field(
    "statements",
    "section",
    "s3",
    "VII.3",
    "oferent / oferenci składający niniejszą ofertę nie zalega(-ją) / zalega(-ją) z opłacaniem należności z tytułu zobowiązań podatkowych",
    "statement3",
    {
      options: [
        {
          value: "NO_ARREARS",
          label: "nie zalega(-ją) z opłacaniem należności z tytułu zobowiązań podatkowych",
          messageKey: "offerEditor.fields.statement3NoArrears",
        },
        {
          value: "ARREARS",
          label: "zalega(-ją) z opłacaniem należności z tytułu zobowiązań podatkowych",
          messageKey: "offerEditor.fields.statement3Arrears",
        },
      ],
    },
  ),
  field(
    "statements",
    "section",
    "s4",
    "VII.4",
    "oferent / oferenci składający niniejszą ofertę nie zalega(-ją) / zalega(-ją) z opłacaniem należności z tytułu składek na ubezpieczenia społeczne",
    "statement4",
    {
      options: [
        {
          value: "NO_ARREARS",
          label: "nie zalega(-ją) z opłacaniem należności z tytułu składek na ubezpieczenia społeczne",
          messageKey: "offerEditor.fields.statement4NoArrears",
        },
        {
          value: "ARREARS",
          label: "zalega(-ją) z opłacaniem należności z tytułu składek na ubezpieczenia społeczne",
          messageKey: "offerEditor.fields.statement4Arrears",
        },
      ],
    },
  ),
  field(
    "statements",
    "section",
    "s5",
    "VII.5",
    "dane zawarte w części II niniejszej oferty są zgodne z Krajowym Rejestrem Sądowym / inną właściwą ewidencją",
    "statement5",
    {
      options: [
        {
          value: "KRS",
          label: "są zgodne z Krajowym Rejestrem Sądowym",
          messageKey: "offerEditor.fields.statement5Krs",
        },
        {
          value: "OTHER_REGISTER",
          label: "są zgodne z inną właściwą ewidencją",
          messageKey: "offerEditor.fields.statement5Other",
        },
      ],
    },
  ),
  field(
    "statements",
    "section",
    "s6",
    "VII.6",
    "wszystkie informacje podane w ofercie oraz załącznikach są zgodne z aktualnym stanem prawnym i faktycznym",
    "statement6",
  ),
  field(
    "statements",
    "section",
    "s7",
    "VII.7",
    "w zakresie związanym z otwartym konkursem ofert, w tym z gromadzeniem, przetwarzaniem i przekazywaniem danych osobowych, a także wprowadzaniem ich do systemów informatycznych, osoby, których dotyczą te dane, złożyły stosowne oświadczenia zgodnie z przepisami o ochronie danych osobowych",
    "statement7",
  ),
];

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
