// "My matters" for open competitions and small grants (issue 25): an
// organisation's members see its drafts in competitions still taking offers
// (with the deadline and days left) and its submitted offers owing a signed
// confirmation; the addressed office's officials see questions to answer,
// confirmations to decide, small-grant remarks to answer and small grants to
// decide. Nobody else: not a member of another organisation, not an official
// of another office.
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { myMattersView, type MatterSection } from "@/lib/matters/page-view";
import { createCompetition } from "@/tests/factories/competitions";
import { createOffer } from "@/tests/factories/offers";
import { createOrganisation } from "@/tests/factories/organisations";
import { createMember, createOfficial } from "@/tests/factories/people";
import { createInstanceSettings } from "@/tests/factories/settings";
import { createSmallGrantCase } from "@/tests/factories/small-grants";
import { createFreshInstitution } from "@/tests/helpers/offer-drafts";

const DAY = 24 * 3600 * 1000;

let office: { id: string; slug: string };
let official: Actor;
let otherOfficial: Actor;
let organisation: { id: string };
let member: Actor;
let otherMember: Actor;
let competition: Awaited<ReturnType<typeof createCompetition>>;
const ids: Record<string, string> = {};

function section(sections: MatterSection[], id: string) {
  return Object.fromEntries((sections.find((s) => s.id === id)?.groups ?? []).map((g) => [g.kind, g.items]));
}

async function submittedWithConfirmation(title: string, status: "UPLOADED" | "REJECTED" | null) {
  const offer = await createOffer({
    taskId: competition.tasks[0]!.id,
    leadOrganisationId: organisation.id,
    title,
    submitted: true,
  });
  if (status)
    await db().offerConfirmation.create({
      data: { versionId: offer.currentVersionId!, channel: "QUALIFIED_SIGNATURE", status, receivedAt: new Date() },
    });
  return offer.id;
}

beforeAll(async () => {
  await createInstanceSettings();
  office = await createFreshInstitution("Urząd Spraw Konkursowych");
  official = await createOfficial(office.id);
  otherOfficial = await createOfficial((await createFreshInstitution("Urząd Obok")).id);
  organisation = await createOrganisation({ name: "Fundacja Ofert", verifiedAt: new Date() });
  member = await createMember(organisation.id, "MEMBER");
  const other = await createOrganisation({ name: "Stowarzyszenie Obok", verifiedAt: new Date() });
  otherMember = await createMember(other.id, "OWNER");

  competition = await createCompetition({
    institutionId: office.id,
    deadlineInDays: 5,
    overrides: {
      title: "Konkurs na zadania 2027",
      officeSeesOffersAfterDeadline: false,
      confirmationRequired: true,
      confirmationDueAt: new Date(Date.now() + 12 * DAY),
    },
  });
  const closed = await createCompetition({ institutionId: office.id, opensInDays: -30, deadlineInDays: -1 });
  ids.draft = (
    await createOffer({
      taskId: competition.tasks[0]!.id,
      leadOrganisationId: organisation.id,
      title: "Lato w mieście",
    })
  ).id;
  await createOffer({ taskId: closed.tasks[0]!.id, leadOrganisationId: organisation.id, title: "Spóźniona oferta" });
  ids.none = await submittedWithConfirmation("Bez potwierdzenia", null);
  ids.rejected = await submittedWithConfirmation("Potwierdzenie odrzucone", "REJECTED");
  ids.uploaded = await submittedWithConfirmation("Potwierdzenie przesłane", "UPLOADED");
  await db().competitionQuestion.create({
    data: { competitionId: competition.id, organisationId: organisation.id, body: "Czy wkład osobowy się liczy?" },
  });

  const remarked = await createSmallGrantCase({
    institutionId: office.id,
    organisationId: organisation.id,
    title: "Warsztaty słuchowe",
    publishedDaysAgo: 2,
  });
  await db().smallGrantRemark.create({
    data: { caseId: remarked.id, authorName: "Jan Nowak", body: "Gdzie zajęcia?" },
  });
  ids.remarked = remarked.id;
  ids.ended = (
    await createSmallGrantCase({
      institutionId: office.id,
      organisationId: organisation.id,
      title: "Festyn sąsiedzki",
      publishedDaysAgo: 8,
    })
  ).id;
});

describe("my matters for competitions and small grants", () => {
  it("shows the organisation's members its open drafts and its offers owing a signed confirmation", async () => {
    const mine = section((await myMattersView(member)).sections, organisation.id);
    expect(mine.offerDrafts).toEqual([
      {
        title: "Lato w mieście",
        href: { pathname: "/offers/[id]", params: { id: ids.draft } },
        count: null,
        deadline: competition.offersDeadline,
        // By the wall calendar, as the offers list counts: the deadline falls on the fifth day from today.
        daysLeft: 5,
      },
    ]);
    expect(mine.confirmationsMissing?.map((item) => [item.title, item.confirmation, item.href])).toEqual([
      ["Bez potwierdzenia", "none", { pathname: "/offers/[id]/confirmation", params: { id: ids.none } }],
      ["Potwierdzenie odrzucone", "rejected", { pathname: "/offers/[id]/confirmation", params: { id: ids.rejected } }],
    ]);
    expect(mine.confirmationsMissing?.[0]?.deadline).toEqual(
      (await db().competition.findUniqueOrThrow({ where: { id: competition.id } })).confirmationDueAt,
    );
    // The office's work is not the organisation's.
    expect(mine.questionsToAnswer).toBeUndefined();
    expect(mine.smallGrantsToDecide).toBeUndefined();
  });

  it("shows the addressed office's officials the questions, confirmations, remarks and small grants waiting for them", async () => {
    const theirs = section((await myMattersView(official)).sections, office.id);
    expect(theirs.questionsToAnswer).toEqual([
      {
        title: "Konkurs na zadania 2027",
        href: { pathname: "/competitions/[slug]/questions", params: { slug: competition.slug } },
        count: 1,
        deadline: null,
      },
    ]);
    expect(theirs.confirmationsToDecide?.map((item) => [item.title, item.href])).toEqual([
      [
        "Fundacja Ofert: Potwierdzenie przesłane",
        { pathname: "/competitions/[slug]/offers/[id]", params: { slug: competition.slug, id: ids.uploaded } },
      ],
    ]);
    const smallGrants = { pathname: "/institutions/[slug]/small-grants", params: { slug: office.slug } };
    expect(theirs.smallGrantRemarksToAnswer?.map((item) => [item.title, item.count, item.href])).toEqual([
      ["Fundacja Ofert: Warsztaty słuchowe", 1, smallGrants],
    ]);
    expect(theirs.smallGrantsToDecide?.map((item) => [item.title, item.remarksWindow?.past])).toEqual([
      ["Fundacja Ofert: Festyn sąsiedzki", true],
    ]);
  });

  it("hides the confirmations from the office while the competition keeps offers hidden until the deadline", async () => {
    await db().competition.update({ where: { id: competition.id }, data: { officeSeesOffersAfterDeadline: true } });
    try {
      expect(section((await myMattersView(official)).sections, office.id).confirmationsToDecide).toBeUndefined();
    } finally {
      await db().competition.update({ where: { id: competition.id }, data: { officeSeesOffersAfterDeadline: false } });
    }
  });

  it("shows none of it to a member of another organisation or an official of another office", async () => {
    for (const actor of [otherMember, otherOfficial]) {
      const view = await myMattersView(actor);
      const kinds = view.sections.flatMap((s) => s.groups.map((g) => g.kind));
      expect(kinds).toEqual([]);
    }
  });

  it("drops what was done: an answered question, an answered remark, a decided small grant, an offer no longer a draft", async () => {
    await db().competitionQuestion.updateMany({
      where: { competitionId: competition.id },
      data: { status: "ANSWERED", answer: "Tak.", answeredAt: new Date() },
    });
    await db().smallGrantRemark.updateMany({
      where: { caseId: ids.remarked },
      data: { answer: "W szkole.", answeredAt: new Date() },
    });
    await db().smallGrantCase.update({ where: { id: ids.ended }, data: { stage: "ACCEPTED", decidedAt: new Date() } });
    await db().offer.update({ where: { id: ids.draft }, data: { status: "WITHDRAWN" } });
    const office_ = section((await myMattersView(official)).sections, office.id);
    expect(office_.questionsToAnswer).toBeUndefined();
    expect(office_.smallGrantRemarksToAnswer).toBeUndefined();
    expect(office_.smallGrantsToDecide).toBeUndefined();
    expect(section((await myMattersView(member)).sections, organisation.id).offerDrafts).toBeUndefined();
  });
});
