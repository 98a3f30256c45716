// What each placeholder of the agreement says for one partnership: both
// parties' register data and the request's content, in Polish (the agreement
// is a Polish contract whatever language its reader uses). What the platform
// does not know becomes a line to fill in by hand, never "undefined" or "null".
import { createTranslator } from "next-intl";
import type { LegalForm, PartnerRole } from "@/lib/generated/prisma/enums";
import { messagesFor } from "@/lib/i18n/messages";
import { TIME_ZONE } from "@/lib/i18n/locales";
import { markdownToPlainText } from "@/lib/partnerships/agreement/plain-text";
import { BLANK, type PlaceholderValues } from "@/lib/partnerships/agreement/placeholders";

export type AgreementParty =
  | {
      kind: "organisation";
      name: string;
      legalForm: LegalForm;
      krs: string | null;
      nip: string | null;
      regon: string | null;
      address: string | null;
      /** The seat gmina's name as the register gives it. */
      seat: string | null;
    }
  | {
      kind: "institution";
      /** The office's own name, else the unit's. */
      name: string;
      address: string | null;
      /** The territory the office serves. */
      seat: string | null;
    };

export interface AgreementRequest {
  title: string;
  initiative: string;
  callName: string | null;
  callUrl: string | null;
  roles: PartnerRole[];
  partnerGives: string;
  partnerGets: string;
  budgetSharePercent: number | null;
  budgetNote: string | null;
  startsOn: Date | null;
  endsOn: Date | null;
  timelineNote: string | null;
}

const orBlank = (value: string | null | undefined) => (value?.trim() ? value.trim() : BLANK);

/** Free text ending a clause of the template, which brings its own full stop. */
const clauseEnd = (value: string | null | undefined) => orBlank(value?.trim().replace(/\.$/, ""));

/** "6 grudnia 2026 r."; calendar dates (@db.Date) are midnight UTC, moments are read in Polish time. */
const polishDate = (date: Date, timeZone: string) =>
  `${new Intl.DateTimeFormat("pl", { day: "numeric", month: "long", year: "numeric", timeZone }).format(date)} r.`;

function translator() {
  return createTranslator({
    locale: "pl",
    messages: messagesFor("pl"),
    namespace: "partnershipAgreement.document",
    timeZone: TIME_ZONE,
  });
}

function partyValues(party: AgreementParty, t: ReturnType<typeof translator>) {
  const legalForms = createTranslator({ locale: "pl", messages: messagesFor("pl"), namespace: "legalForms" });
  if (party.kind === "institution")
    return {
      name: orBlank(party.name),
      legalForm: t("localGovernment"),
      krs: t("notApplicable"),
      nip: BLANK,
      regon: BLANK,
      address: orBlank(party.address),
      seat: orBlank(party.seat),
    };
  return {
    name: orBlank(party.name),
    legalForm: legalForms(party.legalForm),
    krs: orBlank(party.krs),
    nip: orBlank(party.nip),
    regon: orBlank(party.regon),
    address: orBlank(party.address),
    seat: orBlank(party.seat),
  };
}

function timeline(request: AgreementRequest, t: ReturnType<typeof translator>): string {
  const day = (date: Date) => polishDate(date, "UTC");
  const period =
    request.startsOn && request.endsOn
      ? t("period", { start: day(request.startsOn), end: day(request.endsOn) })
      : request.startsOn
        ? t("from", { date: day(request.startsOn) })
        : request.endsOn
          ? t("until", { date: day(request.endsOn) })
          : null;
  const parts = [period, request.timelineNote?.trim().replace(/\.$/, "") || null].filter(
    (p): p is string => p !== null,
  );
  return parts.length > 0 ? parts.join("; ") : BLANK;
}

export function agreementValues(input: {
  requester: AgreementParty;
  partner: AgreementParty;
  request: AgreementRequest;
  date: Date;
}): PlaceholderValues {
  const t = translator();
  const { request } = input;
  const requester = partyValues(input.requester, t);
  const partner = partyValues(input.partner, t);
  const call = [request.callName?.trim(), request.callUrl?.trim()].filter(Boolean).join(", ");
  return {
    "agreement.date": polishDate(input.date, TIME_ZONE),
    "requester.name": requester.name,
    "requester.legalForm": requester.legalForm,
    "requester.krs": requester.krs,
    "requester.nip": requester.nip,
    "requester.regon": requester.regon,
    "requester.address": requester.address,
    "requester.seat": requester.seat,
    "partner.name": partner.name,
    "partner.legalForm": partner.legalForm,
    "partner.krs": partner.krs,
    "partner.nip": partner.nip,
    "partner.regon": partner.regon,
    "partner.address": partner.address,
    "partner.seat": partner.seat,
    "request.title": orBlank(request.title),
    "request.initiative": orBlank(markdownToPlainText(request.initiative)),
    "request.call": orBlank(call),
    "request.roles": request.roles.length > 0 ? request.roles.map((role) => t(`roles.${role}`)).join(", ") : BLANK,
    "request.partnerGives": clauseEnd(request.partnerGives),
    "request.partnerGets": clauseEnd(request.partnerGets),
    "request.budgetShare":
      request.budgetSharePercent === null ? BLANK : t("budgetShare", { percent: request.budgetSharePercent }),
    "request.budgetNote": clauseEnd(request.budgetNote),
    "request.timeline": timeline(request, t),
  };
}
