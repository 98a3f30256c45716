// The fields both 2018 templates share (the applicant's data in II, the cost
// lines and sources of V.A/V.B) and the helper that builds a field. Labels of
// II.1 and II.2 are confirmed (ngo.powiat.starachowice.pl/st.html); the cost
// labels are from memory (shared doc §1.3) and stay `verified: false`.
import type { FieldLabelName, TemplateField } from "@/lib/offers/template/types";

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
  key: FieldLabelName,
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
