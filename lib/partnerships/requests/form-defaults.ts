// A new request's form values, built on the server (the page) and handed to
// the client form: a module of its own, since a client component's module
// cannot export functions the server calls.
import type { PartyOption } from "@/lib/partnerships/requests/parties";
import type { PartnerRequestFormInput } from "@/lib/partnerships/requests/schemas";

/** A new request's fields, empty but for the party's offer and a single partner. */
export function emptyRequestFields(party: PartyOption | undefined): PartnerRequestFormInput {
  return {
    party: party?.value ?? "",
    title: "",
    initiative: "",
    callName: "",
    callUrl: "",
    roles: [],
    partnerLegalForms: [],
    requiresPublicBenefit: false,
    welcomesLocalGovernment: false,
    sphereIds: [],
    area: "REGION",
    territoryCodes: [],
    radiusKm: "",
    neededCompetences: [],
    neededResources: [],
    offeredCompetences: (party?.offeredCompetences ?? []) as PartnerRequestFormInput["offeredCompetences"],
    offeredResources: (party?.offeredResources ?? []) as PartnerRequestFormInput["offeredResources"],
    partnerGives: "",
    partnerGets: "",
    budgetSharePercent: "",
    budgetNote: "",
    startsOn: "",
    endsOn: "",
    timelineNote: "",
    repliesCloseOn: "",
    maxPartners: "1",
  };
}
