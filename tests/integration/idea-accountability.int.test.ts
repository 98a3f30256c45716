import { db } from "@/lib/db/client";
import { officeAccountability } from "@/lib/ideas/accountability/queries";
import { createIdea } from "@/tests/factories/ideas";
import { createInstitution } from "@/tests/factories/institutions";
import { createActor, createOfficial } from "@/tests/factories/people";
import { createInstanceSettings } from "@/tests/factories/settings";
import { actAs } from "@/tests/helpers/session";

jest.mock("@/lib/auth/session", () => jest.requireActual("@/tests/helpers/session"));

import { editInstitutionOfficeAction } from "@/lib/institutions/actions";

const DAY = 24 * 3600 * 1000;
let office: { id: string };
let other: { id: string };

beforeAll(async () => {
  await createInstanceSettings();
  office = await createInstitution({ name: "Urząd Rozliczany", territoryCode: "1601052" });
  other = await createInstitution({ name: "Urząd Inny", territoryCode: "1607053" });
});

describe("the office's figures on its page", () => {
  it("count its public entries, the median days to a first answer and the share answered on time", async () => {
    const now = new Date();
    const ago = (days: number) => new Date(now.getTime() - days * DAY);
    // Answered in 4 days, on time.
    await createIdea({
      institutionId: office.id,
      publishedAt: ago(40),
      answerDueAt: ago(10),
      firstAnsweredAt: ago(36),
    });
    // Answered in 20 days, after its deadline.
    await createIdea({
      institutionId: office.id,
      publishedAt: ago(30),
      answerDueAt: ago(15),
      firstAnsweredAt: ago(10),
    });
    // Unanswered and overdue.
    await createIdea({ institutionId: office.id, publishedAt: ago(20), answerDueAt: ago(2) });
    // Unanswered, still running.
    await createIdea({
      institutionId: office.id,
      publishedAt: ago(1),
      answerDueAt: new Date(now.getTime() + 29 * DAY),
    });
    // Not counted: hidden, another office's, the operator's.
    await createIdea({ institutionId: office.id, visibility: "HIDDEN", publishedAt: ago(5), answerDueAt: ago(1) });
    await createIdea({ institutionId: other.id, publishedAt: ago(20), answerDueAt: ago(2) });
    await createIdea({ publishedAt: ago(20), answerDueAt: ago(2) });

    const view = await officeAccountability(office.id, now);
    expect(view.figures).toMatchObject({
      addressed: 4,
      answered: 2,
      medianDaysToAnswer: 12,
      judged: 3,
      onTime: 1,
    });
    expect(view.figures.onTimeShare).toBeCloseTo(1 / 3);
    expect(view).toMatchObject({ waiting: 2, overdue: 1 });
    expect(view.figures.months.reduce((sum, m) => sum + m.due, 0)).toBe(3);
  });
});

describe("the office's answer days", () => {
  const office4 = (ideaAnswerDays: string) => ({
    officeName: "Urząd Rozliczany",
    address: "",
    email: "",
    phone: "",
    website: "",
    ideaAnswerDays,
  });

  it("are set by the office's administrators, 1 to 90, with an audit record", async () => {
    const input = { institutionId: office.id, office: office4("14") };
    actAs(null);
    expect((await editInstitutionOfficeAction(input)).serverError).toBe("UNAUTHENTICATED");
    actAs(await createActor());
    expect((await editInstitutionOfficeAction(input)).serverError).toBe("FORBIDDEN");
    actAs(await createOfficial(office.id));
    expect((await editInstitutionOfficeAction(input)).serverError).toBe("FORBIDDEN");
    actAs(await createOfficial(other.id, "ADMINISTRATOR"));
    expect((await editInstitutionOfficeAction(input)).serverError).toBe("FORBIDDEN");

    actAs(await createOfficial(office.id, "ADMINISTRATOR"));
    for (const wrong of ["0", "91", "abc", ""]) {
      const refused = await editInstitutionOfficeAction({ institutionId: office.id, office: office4(wrong) });
      expect(refused.validationErrors).toMatchObject({
        office: { ideaAnswerDays: { _errors: ["ideaAnswerDaysInvalid"] } },
      });
    }
    expect((await db().institution.findUniqueOrThrow({ where: { id: office.id } })).ideaAnswerDays).toBe(30);
    expect((await editInstitutionOfficeAction(input)).data).toEqual({ saved: true });
    expect((await db().institution.findUniqueOrThrow({ where: { id: office.id } })).ideaAnswerDays).toBe(14);
    const audit = await db().auditEvent.findFirstOrThrow({
      where: { action: "institution.edited", subjectId: office.id },
      orderBy: { occurredAt: "desc" },
    });
    expect(audit.details).toMatchObject({ ideaAnswerDays: 14 });
  });
});
