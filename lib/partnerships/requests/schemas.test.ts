import { parsePartyChoice } from "@/lib/partnerships/party";
import {
  areaColumns,
  createForOrganisationSchema,
  newPartnerRequestFormSchema,
  type PartnerRequestFormInput,
  withReplyWindow,
} from "@/lib/partnerships/requests/schemas";

const ORG = "cm0organisation0000000001";

function formValues(overrides: Partial<PartnerRequestFormInput> = {}): PartnerRequestFormInput {
  return {
    party: `organisation:${ORG}`,
    title: "Kuchnia dla seniorów",
    initiative: "Codzienne obiady dla samotnych seniorów w Brzegu, gotowane przez wolontariuszy.",
    callName: "",
    callUrl: "",
    roles: ["VOLUNTEERS"],
    partnerLegalForms: [],
    requiresPublicBenefit: false,
    welcomesLocalGovernment: false,
    sphereIds: [],
    area: "REGION",
    territoryCodes: [],
    radiusKm: "",
    neededCompetences: ["VOLUNTEER_COORDINATION"],
    neededResources: ["KITCHEN"],
    offeredCompetences: [],
    offeredResources: [],
    partnerGives: "Dwóch wolontariuszy dziennie.",
    partnerGets: "Szkolenie sanitarne i ubezpieczenie.",
    budgetSharePercent: "",
    budgetNote: "",
    startsOn: "",
    endsOn: "",
    timelineNote: "",
    repliesCloseOn: "2027-01-15",
    maxPartners: "2",
    ...overrides,
  };
}

const problems = (values: PartnerRequestFormInput) => {
  const parsed = newPartnerRequestFormSchema.safeParse(values);
  return parsed.success ? {} : Object.fromEntries(parsed.error.issues.map((i) => [i.path.join("."), i.message]));
};

describe("the partner request form's rules", () => {
  it("accepts a complete request and turns typed text into values", () => {
    const parsed = newPartnerRequestFormSchema.parse(
      formValues({ budgetSharePercent: "20", maxPartners: "3", callName: "  ", title: " Kuchnia\u200b dla seniorów " }),
    );
    expect(parsed).toMatchObject({
      title: "Kuchnia dla seniorów",
      budgetSharePercent: 20,
      maxPartners: 3,
      callName: null,
      callUrl: null,
      startsOn: null,
      radiusKm: null,
    });
  });

  it("names what is missing or wrong on its field", () => {
    expect(
      problems(
        formValues({
          party: "",
          title: "abc",
          roles: [],
          partnerGives: "mało",
          repliesCloseOn: "2027-02-30",
          maxPartners: "21",
          budgetSharePercent: "101",
          callUrl: "http://example.org/konkurs",
        }),
      ),
    ).toEqual({
      party: "partnerRequestPartyRequired",
      title: "partnerRequestTitleTooShort",
      roles: "partnerRequestRoleRequired",
      partnerGives: "partnerRequestGivesTooShort",
      repliesCloseOn: "partnerRequestRepliesCloseOnInvalid",
      maxPartners: "partnerRequestMaxPartnersInvalid",
      budgetSharePercent: "partnerRequestBudgetShareInvalid",
      callUrl: "partnerRequestCallUrlInvalid",
    });
    expect(problems(formValues({ maxPartners: "0" }))).toEqual({ maxPartners: "partnerRequestMaxPartnersInvalid" });
    expect(problems(formValues({ neededResources: ["HELICOPTER" as never] }))).toEqual({
      "neededResources.0": "partnerRequestCodeUnknown",
    });
  });

  it("asks for the area's own field and a timeline in order", () => {
    expect(problems(formValues({ area: "TERRITORIES" }))).toEqual({
      territoryCodes: "partnerRequestTerritoryRequired",
    });
    expect(problems(formValues({ area: "RADIUS" }))).toEqual({ radiusKm: "partnerRequestRadiusRequired" });
    expect(problems(formValues({ area: "RADIUS", radiusKm: "500" }))).toEqual({
      radiusKm: "partnerRequestRadiusInvalid",
    });
    expect(problems(formValues({ territoryCodes: ["16"] }))).toEqual({
      "territoryCodes.0": "partnerRequestTerritoryUnknown",
    });
    expect(problems(formValues({ startsOn: "2027-05-01", endsOn: "2027-04-30" }))).toEqual({
      endsOn: "partnerRequestEndsBeforeStart",
    });
  });

  it("names the date field in each date's error, and says them with the other fields' errors", () => {
    expect(problems(formValues({ title: "", startsOn: "2027-13-01", endsOn: "jutro", repliesCloseOn: "" }))).toEqual({
      title: "partnerRequestTitleTooShort",
      startsOn: "partnerRequestStartsOnInvalid",
      endsOn: "partnerRequestEndsOnInvalid",
      repliesCloseOn: "partnerRequestRepliesCloseOnInvalid",
    });
    expect(problems(formValues({ title: "", startsOn: "2027-05-01", endsOn: "2027-04-30" }))).toEqual({
      title: "partnerRequestTitleTooShort",
      endsOn: "partnerRequestEndsBeforeStart",
    });
  });

  it("checks the closing day against the form's window in the same pass as the other fields", () => {
    const windowed = withReplyWindow(newPartnerRequestFormSchema, {
      earliestDay: "2027-01-10",
      latestDay: "2027-03-01",
    });
    const said = (values: PartnerRequestFormInput) => {
      const parsed = windowed.safeParse(values);
      return parsed.success ? {} : Object.fromEntries(parsed.error.issues.map((i) => [i.path.join("."), i.message]));
    };
    expect(said(formValues({ repliesCloseOn: "2027-01-10" }))).toEqual({});
    expect(said(formValues({ repliesCloseOn: "2027-03-01" }))).toEqual({});
    expect(said(formValues({ title: "", repliesCloseOn: "2027-01-09" }))).toEqual({
      title: "partnerRequestTitleTooShort",
      repliesCloseOn: "partnerRequestClosesNotAfterToday",
    });
    expect(said(formValues({ roles: [], repliesCloseOn: "2027-03-02" }))).toEqual({
      roles: "partnerRequestRoleRequired",
      repliesCloseOn: "partnerRequestClosesTooLate",
    });
    // A day that is no day is said once, as such.
    expect(said(formValues({ repliesCloseOn: "2027-02-30" }))).toEqual({
      repliesCloseOn: "partnerRequestRepliesCloseOnInvalid",
    });
  });

  it("keeps only the chosen area's territories or radius", () => {
    const parsed = newPartnerRequestFormSchema.parse(
      formValues({ area: "RADIUS", radiusKm: "25", territoryCodes: ["1601011"] }),
    );
    expect(areaColumns(parsed)).toEqual({ territoryCodes: [], radiusKm: 25 });
    expect(areaColumns({ ...parsed, area: "REGION" })).toEqual({ territoryCodes: [], radiusKm: null });
  });

  it("takes the party as the action's id and a browser key", () => {
    expect(parsePartyChoice(`organisation:${ORG}`)).toEqual({ kind: "organisation", id: ORG });
    expect(parsePartyChoice(`institution:${ORG}`)).toEqual({ kind: "institution", id: ORG });
    const { party: _party, ...fields } = formValues();
    expect(
      createForOrganisationSchema.safeParse({ ...fields, organisationId: ORG, submissionKey: "short" }).success,
    ).toBe(false);
    expect(
      createForOrganisationSchema.safeParse({ ...fields, organisationId: ORG, submissionKey: "a".repeat(32) }).success,
    ).toBe(true);
  });
});
