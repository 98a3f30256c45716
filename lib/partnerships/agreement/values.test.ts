import { BLANK, PLACEHOLDER_NAMES } from "@/lib/partnerships/agreement/placeholders";
import { agreementValues, type AgreementParty, type AgreementRequest } from "@/lib/partnerships/agreement/values";

const foundation: AgreementParty = {
  kind: "organisation",
  name: "Fundacja Pogranicza",
  legalForm: "FOUNDATION",
  krs: "0000123456",
  nip: "7542680946",
  regon: "160123456",
  address: "ul. Ozimska 4, 45-057 Opole",
  seat: "Opole",
};

const office: AgreementParty = { kind: "institution", name: "Urząd Miejski w Nysie", address: null, seat: "Nysa" };

const request = (overrides: Partial<AgreementRequest> = {}): AgreementRequest => ({
  title: "Sąsiedzka kuchnia",
  initiative: "Gotujemy **razem** z seniorami.\n\n- warsztaty\n- [festyn](https://example.org/festyn)",
  callName: "Otwarty konkurs ofert 2027",
  callUrl: "https://bip.example.org/konkurs",
  roles: ["CO_APPLICANT", "VOLUNTEERS"],
  partnerGives: "Salę i wolontariuszy.",
  partnerGets: "Zwrot kosztów dojazdu",
  budgetSharePercent: 20,
  budgetNote: "Koszty osobowe",
  startsOn: new Date("2027-03-01T00:00:00Z"),
  endsOn: new Date("2027-11-30T00:00:00Z"),
  timelineNote: "Festyn we wrześniu",
  ...overrides,
});

describe("what the agreement's placeholders say", () => {
  it("gives both parties' register data and the request's content in Polish", () => {
    const values = agreementValues({
      requester: foundation,
      partner: office,
      request: request(),
      date: new Date("2026-12-06T23:30:00Z"),
    });
    expect(values).toMatchObject({
      // Past midnight in Warsaw already.
      "agreement.date": "7 grudnia 2026 r.",
      "requester.name": "Fundacja Pogranicza",
      "requester.legalForm": "fundacja",
      "requester.krs": "0000123456",
      "requester.seat": "Opole",
      "partner.name": "Urząd Miejski w Nysie",
      "partner.legalForm": "jednostka samorządu terytorialnego",
      "partner.krs": "nie dotyczy",
      "partner.nip": BLANK,
      "partner.address": BLANK,
      "request.initiative": "Gotujemy razem z seniorami.\n– warsztaty\n– festyn (https://example.org/festyn)",
      "request.call": "Otwarty konkurs ofert 2027, https://bip.example.org/konkurs",
      "request.roles": "współoferent w ofercie wspólnej, wolontariusze",
      "request.partnerGives": "Salę i wolontariuszy",
      "request.budgetShare": "20%",
      "request.timeline": "od 1 marca 2027 r. do 30 listopada 2027 r.; Festyn we wrześniu",
    });
  });

  it("leaves a line to fill in by hand wherever data is missing, never 'undefined' or 'null'", () => {
    const values = agreementValues({
      requester: { ...foundation, krs: null, nip: null, regon: null, address: "  ", seat: null },
      partner: office,
      request: request({
        callName: null,
        callUrl: null,
        roles: [],
        budgetSharePercent: null,
        budgetNote: null,
        startsOn: null,
        endsOn: null,
        timelineNote: null,
      }),
      date: new Date("2026-12-06T12:00:00Z"),
    });
    expect(Object.keys(values).sort()).toEqual([...PLACEHOLDER_NAMES].sort());
    for (const value of Object.values(values)) expect(value).not.toMatch(/undefined|null|NaN|^\s*$/);
    for (const name of [
      "requester.krs",
      "requester.nip",
      "requester.regon",
      "requester.address",
      "requester.seat",
      "request.call",
      "request.roles",
      "request.budgetShare",
      "request.budgetNote",
      "request.timeline",
    ] as const)
      expect(values[name]).toBe(BLANK);
  });

  it("says an open-ended or open-started period as such", () => {
    const at = (startsOn: Date | null, endsOn: Date | null) =>
      agreementValues({
        requester: foundation,
        partner: foundation,
        request: request({ startsOn, endsOn, timelineNote: null }),
        date: new Date(),
      })["request.timeline"];
    expect(at(new Date("2027-03-01T00:00:00Z"), null)).toBe("od 1 marca 2027 r.");
    expect(at(null, new Date("2027-11-30T00:00:00Z"))).toBe("do 30 listopada 2027 r.");
  });
});
