// "My matters" (issue 24): what waits for a person, in the sections of whom
// they act for, each item linking where it is done; and the home page's strip,
// which asks only for counts (a visitor learns only that they are not signed in).
import { headerMemberships } from "@/lib/accounts/queries";
import type { Actor } from "@/lib/auth/permissions";
import { createConsultation, publishConsultation } from "@/lib/consultations/mutations";
import { consultationViewer } from "@/lib/consultations/viewer";
import { db } from "@/lib/db/client";
import { createElection, publishElection } from "@/lib/elections/mutations";
import { myMattersView, type MatterSection } from "@/lib/matters/page-view";
import type { MattersSummary } from "@/lib/matters/types";
import { consultationFields } from "@/tests/factories/consultations";
import { electionFields } from "@/tests/factories/elections";
import { createCompetition } from "@/tests/factories/competitions";
import { createForumCategory, createForumThread } from "@/tests/factories/forum";
import { createIdea } from "@/tests/factories/ideas";
import { createInstitution } from "@/tests/factories/institutions";
import { createNewsArticle } from "@/tests/factories/news";
import { createOffer } from "@/tests/factories/offers";
import { createOrganisation } from "@/tests/factories/organisations";
import { createActor, createMember, createOfficial } from "@/tests/factories/people";
import { createInstanceSettings } from "@/tests/factories/settings";
import { actAs } from "@/tests/helpers/session";

jest.mock("@/lib/auth/session", () => jest.requireActual("@/tests/helpers/session"));

import { GET } from "@/app/api/account/matters-summary/route";
import { GET as getMatters } from "@/app/api/account/matters/route";
import { reviveMattersAnswer, type MattersAnswer, type Wire } from "@/lib/matters/wire";
import { markAnswersSeenAction } from "@/lib/consultations/remarks/actions";

const DAY = 24 * 3600 * 1000;

let institutionId: string;
let official: Actor;
let organisation: { id: string; name: string };
let representative: Actor;
let consultation: { id: string; slug: string; endsAt: Date };
let election: { id: string; slug: string; votingEndAt: Date };

function section(sections: MatterSection[], id: string) {
  const found = sections.find((s) => s.id === id);
  if (!found) throw new Error(`no section ${id}`);
  return Object.fromEntries(found.groups.map((g) => [g.kind, g.items]));
}

async function remarkBy(author: Actor, organisationId: string | null = null) {
  return db().remark.create({
    data: { consultationId: consultation.id, authorId: author.id, organisationId, justification: "Proszę o zmianę." },
  });
}

async function ask(): Promise<{ response: Response; body: MattersSummary }> {
  const response = await GET(new Request("http://x/api/account/matters-summary"), { params: Promise.resolve({}) });
  expect(response.status).toBe(200);
  return { response, body: (await response.json()) as MattersSummary };
}

beforeAll(async () => {
  await createInstanceSettings();
  institutionId = (await createInstitution({ name: "Gmina Spraw", territoryCode: "1609032" })).id;
  official = await createOfficial(institutionId);
  const commission = await createOfficial(institutionId, "ADMINISTRATOR");
  organisation = await createOrganisation({ name: "Stowarzyszenie Czekających Spraw", verifiedAt: new Date() });
  representative = await createMember(organisation.id, "OWNER");

  const start = new Date(Date.now() - 60_000);
  const created = await createConsultation(
    institutionId,
    consultationFields({
      title: "Program współpracy 2027",
      startsAt: start,
      endsAt: new Date(start.getTime() + 10 * DAY),
    }),
    { userId: official.id, ip: null },
  );
  await publishConsultation(created.id, { userId: official.id, ip: null });
  consultation = await db().consultation.findUniqueOrThrow({ where: { id: created.id } });

  const made = await createElection(institutionId, electionFields({ title: "Wybory do Rady Spraw" }), {
    userId: commission.id,
    ip: null,
  });
  await publishElection(made.id, { userId: commission.id, ip: null });
  // Voting runs now: the registry was frozen with the organisation in it.
  election = await db().election.update({
    where: { id: made.id },
    data: { votingStartAt: new Date(Date.now() - DAY), votingEndAt: new Date(Date.now() + 3 * DAY) },
  });
  await db().electionVoter.create({ data: { electionId: election.id, organisationId: organisation.id } });
});

describe("my matters", () => {
  it("shows an NGO representative a remark to edit until the end and the organisation's ballot to cast", async () => {
    await remarkBy(representative, organisation.id);
    const view = await myMattersView(representative);
    expect(section(view.sections, "personal").remarksToEdit).toEqual([
      {
        title: "Program współpracy 2027",
        href: { pathname: "/consultations/[slug]", params: { slug: consultation.slug } },
        count: 1,
        deadline: consultation.endsAt,
      },
    ]);
    const forOrganisation = view.sections.find((s) => s.id === organisation.id);
    expect(forOrganisation).toMatchObject({ kind: "organisation", name: organisation.name });
    expect(section(view.sections, organisation.id).ballots).toEqual([
      {
        title: "Wybory do Rady Spraw",
        href: {
          pathname: "/elections/[slug]/vote",
          params: { slug: election.slug },
          query: { organizacja: organisation.id },
        },
        count: null,
        deadline: election.votingEndAt,
      },
    ]);
    expect(view.total).toBe(2);
  });

  it("offers the ballot to a plain member only when the owners designated them, and to nobody once cast", async () => {
    const member = await createMember(organisation.id, "MEMBER");
    expect(section((await myMattersView(member)).sections, organisation.id).ballots).toBeUndefined();
    await db().voterDesignation.create({
      data: { electionId: election.id, organisationId: organisation.id, userId: member.id },
    });
    expect(section((await myMattersView(member)).sections, organisation.id).ballots).toHaveLength(1);
    await db().electionVoter.update({
      where: { electionId_organisationId: { electionId: election.id, organisationId: organisation.id } },
      data: { voted: true },
    });
    expect(section((await myMattersView(member)).sections, organisation.id).ballots).toBeUndefined();
    expect(section((await myMattersView(representative)).sections, organisation.id).ballots).toBeUndefined();
    await db().electionVoter.update({
      where: { electionId_organisationId: { electionId: election.id, organisationId: organisation.id } },
      data: { voted: false },
    });
  });

  it("shows an official the remarks to answer, and the author the answer once given", async () => {
    const resident = await createActor();
    const remark = await remarkBy(resident);
    const before = section((await myMattersView(official)).sections, institutionId).remarksToAnswer;
    expect(before).toEqual([
      {
        title: "Program współpracy 2027",
        href: { pathname: "/consultations/[slug]/remarks", params: { slug: consultation.slug } },
        count: await db().remark.count({ where: { consultationId: consultation.id, answeredAt: null } }),
        // The office has no deadline to answer by: the closing date is said as such, never as a deadline.
        deadline: null,
        closes: { at: consultation.endsAt, past: false },
      },
    ]);
    const afterEnd = new Date(consultation.endsAt.getTime() + DAY);
    expect(section((await myMattersView(official, afterEnd)).sections, institutionId).remarksToAnswer).toEqual([
      expect.objectContaining({ deadline: null, closes: { at: consultation.endsAt, past: true } }),
    ]);
    expect(section((await myMattersView(resident)).sections, "personal").answersReceived).toBeUndefined();

    await db().remark.update({
      where: { id: remark.id },
      data: { decision: "ACCEPTED", answeredAt: new Date(), answeredById: official.id },
    });
    expect(section((await myMattersView(resident)).sections, "personal").answersReceived).toHaveLength(1);
    const after = section((await myMattersView(official)).sections, institutionId).remarksToAnswer;
    expect(after![0]!.count).toBe(before![0]!.count! - 1);
  });

  it("lists each answer to one's remarks as news linking to the remark, until its list on the consultation's page showed it", async () => {
    const author = await createActor({ name: "Autorka Uwag" });
    const [first, second, old] = [await remarkBy(author), await remarkBy(author), await remarkBy(author)];
    const answeredAt = new Date(Date.now() - 60_000);
    await db().remark.update({ where: { id: first.id }, data: { decision: "ACCEPTED", answeredAt } });
    await db().remark.update({ where: { id: second.id }, data: { decision: "NOT_ACCEPTED", answeredAt } });
    // An answer never opened for over a month is no longer news.
    await db().remark.update({
      where: { id: old.id },
      data: { decision: "ACCEPTED", answeredAt: new Date(Date.now() - 31 * DAY) },
    });
    const answers = () => myMattersView(author).then((view) => section(view.sections, "personal").answersReceived);
    const toRemark = (id: string) => ({
      pathname: "/consultations/[slug]",
      params: { slug: consultation.slug },
      hash: `remark-${id}`,
    });
    expect(await answers()).toEqual(
      expect.arrayContaining([
        {
          title: "Program współpracy 2027",
          href: toRemark(first.id),
          count: null,
          deadline: null,
          answer: { decision: "ACCEPTED", at: answeredAt },
        },
        expect.objectContaining({ href: toRemark(second.id), answer: { decision: "NOT_ACCEPTED", at: answeredAt } }),
      ]),
    );
    expect(await answers()).toHaveLength(2);

    // The consultation's page is told which answers are new to its reader, and says when it has shown them.
    const unseen = async () => {
      const viewer = await consultationViewer(author, consultation.id);
      if (!viewer?.signedIn) throw new Error("the author's view expected");
      return viewer.own.remarks.filter((remark) => remark.answerUnseen).map((remark) => remark.id);
    };
    expect((await unseen()).sort()).toEqual([first.id, second.id, old.id].sort());
    actAs(author);
    expect((await markAnswersSeenAction({ consultationId: consultation.id })).data).toEqual({ marked: 3 });
    expect(await unseen()).toEqual([]);
    expect(await answers()).toBeUndefined();
    // Another person's call marks nothing of theirs.
    await db().remark.update({ where: { id: first.id }, data: { answerSeenAt: null } });
    actAs(await createActor());
    expect((await markAnswersSeenAction({ consultationId: consultation.id })).data).toEqual({ marked: 0 });
    expect(await answers()).toHaveLength(1);
    actAs(null);
    expect((await markAnswersSeenAction({ consultationId: consultation.id })).serverError).toBe("UNAUTHENTICATED");
  });

  it("no longer offers remarks for editing once the consultation has ended", async () => {
    const author = await createActor();
    await remarkBy(author);
    expect(section((await myMattersView(author)).sections, "personal").remarksToEdit).toHaveLength(1);
    const later = new Date(consultation.endsAt.getTime() + 1000);
    expect(section((await myMattersView(author, later)).sections, "personal").remarksToEdit).toBeUndefined();
  });

  it("counts only the remarks that can still be changed: an answered one cannot", async () => {
    const author = await createActor();
    const answered = await remarkBy(author);
    await remarkBy(author);
    expect(section((await myMattersView(author)).sections, "personal").remarksToEdit?.[0]?.count).toBe(2);
    await db().remark.update({
      where: { id: answered.id },
      data: { answeredAt: new Date(), decision: "ACCEPTED", decisionReason: "Słusznie." },
    });
    expect(section((await myMattersView(author)).sections, "personal").remarksToEdit?.[0]?.count).toBe(1);
  });

  it("shows owners the join requests to decide and the requester their own", async () => {
    const applicant = await createActor();
    await db().membershipRequest.create({ data: { userId: applicant.id, organisationId: organisation.id } });
    expect(section((await myMattersView(representative)).sections, organisation.id).joinRequests).toEqual([
      {
        title: organisation.name,
        href: { pathname: "/organisations/[slug]/members", params: { slug: expect.any(String) } },
        count: 1,
        deadline: null,
      },
    ]);
    const own = section((await myMattersView(applicant)).sections, "personal").ownRequests;
    expect(own).toEqual([expect.objectContaining({ title: organisation.name, count: null })]);
    // A plain member does not decide requests.
    const member = await createMember(organisation.id, "MEMBER");
    expect(section((await myMattersView(member)).sections, organisation.id).joinRequests).toBeUndefined();
  });

  it("shows a co-applicant's owners and editors an invitation to a joint offer until they answer it", async () => {
    const competition = await createCompetition({ institutionId });
    const lead = await createOrganisation({ name: "Fundacja Wiodąca", verifiedAt: new Date() });
    const invited = await createOrganisation({ name: "Stowarzyszenie Zaproszone", verifiedAt: new Date() });
    const editor = await createMember(invited.id, "EDITOR");
    const offer = await createOffer({
      taskId: competition.tasks[0]!.id,
      leadOrganisationId: lead.id,
      coApplicantIds: [invited.id],
      coApplicantsPending: true,
      title: "Seniorzy w sieci",
    });
    expect(section((await myMattersView(editor)).sections, invited.id).offerInvitations).toEqual([
      {
        title: "Fundacja Wiodąca: Seniorzy w sieci",
        href: { pathname: "/offers/[id]", params: { id: offer.id } },
        count: null,
        deadline: competition.offersDeadline,
      },
    ]);
    // A plain member does not answer, the lead's people are not asked, and an accepted one waits no more.
    const member = await createMember(invited.id, "MEMBER");
    expect(section((await myMattersView(member)).sections, invited.id).offerInvitations).toBeUndefined();
    const leadOwner = await createMember(lead.id, "OWNER");
    expect(section((await myMattersView(leadOwner)).sections, lead.id).offerInvitations).toBeUndefined();
    await db().offerCoApplicant.updateMany({ where: { offerId: offer.id }, data: { acceptedAt: new Date() } });
    expect(section((await myMattersView(editor)).sections, invited.id).offerInvitations).toBeUndefined();
  });

  it("shows an official the ideas addressed to their office still waiting for the first answer", async () => {
    const idea = await createIdea({ institutionId, title: "Ławki w parku miejskim" });
    await createIdea({ institutionId, title: "Już odpowiedziany", firstAnsweredAt: new Date() });
    await createIdea({ institutionId, title: "Czeka na moderatora", visibility: "PENDING" });
    expect(section((await myMattersView(official)).sections, institutionId).ideasToAnswer).toEqual([
      {
        title: "Ławki w parku miejskim",
        href: { pathname: "/ideas/[slug]", params: { slug: idea.slug } },
        count: null,
        deadline: idea.answerDueAt,
      },
    ]);
  });

  it("lists an office's closed consultation as a report to publish once every remark is answered, whatever its report's state", async () => {
    const office = (await createInstitution({ name: "Gmina Sprawozdań", territoryCode: "1607053" })).id;
    const clerk = await createOfficial(office);
    const start = new Date(Date.now() - 60_000);
    const made = await createConsultation(
      office,
      consultationFields({
        title: "Strategia rozwoju 2030",
        startsAt: start,
        endsAt: new Date(start.getTime() + 10 * DAY),
      }),
      { userId: clerk.id, ip: null },
    );
    await publishConsultation(made.id, { userId: clerk.id, ip: null });
    const closed = await db().consultation.findUniqueOrThrow({ where: { id: made.id } });
    const remark = await db().remark.create({
      data: { consultationId: closed.id, authorId: (await createActor()).id, justification: "Uwaga." },
    });
    const later = new Date(closed.endsAt.getTime() + DAY);
    const forOffice = async (when: Date) => section((await myMattersView(clerk, when)).sections, office);

    // Open, or closed with a remark still to answer: not yet the report's turn.
    expect((await forOffice(new Date())).reportsToPublish).toBeUndefined();
    expect((await forOffice(later)).remarksToAnswer).toHaveLength(1);
    expect((await forOffice(later)).reportsToPublish).toBeUndefined();

    await db().remark.update({ where: { id: remark.id }, data: { decision: "ACCEPTED", answeredAt: later } });
    const report = {
      title: "Strategia rozwoju 2030",
      href: { pathname: "/consultations/[slug]/edit", params: { slug: closed.slug } },
      count: null,
      deadline: null,
      closes: { at: closed.endsAt, past: true },
    };
    expect((await forOffice(later)).remarksToAnswer).toBeUndefined();
    // No report made yet: the office still has to make and publish it.
    expect((await forOffice(later)).reportsToPublish).toEqual([{ ...report, report: "NONE" }]);
    await db().consultationReport.create({ data: { consultationId: closed.id, state: "FAILED" } });
    expect((await forOffice(later)).reportsToPublish).toEqual([{ ...report, report: "FAILED" }]);
    await db().consultationReport.update({ where: { consultationId: closed.id }, data: { state: "READY" } });
    expect((await forOffice(later)).reportsToPublish).toEqual([{ ...report, report: "READY" }]);
    await db().consultation.update({ where: { id: closed.id }, data: { status: "REPORT_PUBLISHED" } });
    expect((await forOffice(later)).reportsToPublish).toBeUndefined();
  });

  it("shows an office's administrators the people asking to be recognised as its officials", async () => {
    const office = await createInstitution({ name: "Gmina Próśb", territoryCode: "1661011" });
    const administrator = await createOfficial(office.id, "ADMINISTRATOR");
    const clerk = await createOfficial(office.id);
    await db().membershipRequest.create({ data: { userId: (await createActor()).id, institutionId: office.id } });
    await db().membershipRequest.create({
      data: { userId: (await createActor()).id, institutionId: office.id, status: "REFUSED" },
    });
    expect(section((await myMattersView(administrator)).sections, office.id).officialRequests).toEqual([
      {
        title: office.name,
        href: { pathname: "/institutions/[slug]/officials", params: { slug: office.slug } },
        count: 1,
        deadline: null,
      },
    ]);
    // An official does not approve officials.
    expect(section((await myMattersView(clerk)).sections, office.id).officialRequests).toBeUndefined();
    // Nor does an administrator without two-factor authentication, whom the permission refuses (security review).
    const withoutTwoFactor = { ...administrator, twoFactorEnabled: false };
    expect(section((await myMattersView(withoutTwoFactor)).sections, office.id).officialRequests).toBeUndefined();
  });

  it("counts the unread posts of watched threads the person may still read", async () => {
    const reader = await createActor();
    const open = await createForumCategory();
    const officials = await createForumCategory({ access: "OFFICIALS" });
    const watched = await createForumThread(open.id, { title: "Dotacje 2027", postCount: 5 });
    const read = await createForumThread(open.id, { postCount: 3 });
    const closed = await createForumThread(officials.id, { postCount: 4 });
    for (const thread of [watched, read, closed])
      await db().itemSubscription.create({
        data: { userId: reader.id, subjectType: "ForumThread", subjectId: thread.id },
      });
    await db().forumReadMark.create({ data: { userId: reader.id, threadId: watched.id, lastReadNumber: 2 } });
    await db().forumReadMark.create({ data: { userId: reader.id, threadId: read.id, lastReadNumber: 3 } });
    expect(section((await myMattersView(reader)).sections, "personal").watchedThreads).toEqual([
      {
        title: "Dotacje 2027",
        href: { pathname: "/forum/threads/[id]", params: { id: watched.id } },
        count: 3,
        deadline: null,
      },
    ]);
  });

  it("shows a writer their articles waiting for a moderator or returned, not the published ones", async () => {
    const writer = await createMember(organisation.id, "EDITOR");
    const waiting = await createNewsArticle(
      { organisationId: organisation.id },
      { authorId: writer.id, status: "PENDING", title: "Czeka" },
    );
    const returned = await createNewsArticle(
      { organisationId: organisation.id },
      { authorId: writer.id, status: "REJECTED", title: "Zwrócona" },
    );
    await createNewsArticle({ organisationId: organisation.id }, { authorId: writer.id, title: "Opublikowana" });
    const articles = section((await myMattersView(writer)).sections, "personal").articles;
    expect(articles).toHaveLength(2);
    expect(articles).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          title: "Czeka",
          returned: false,
          href: expect.objectContaining({ params: { id: waiting.id } }),
        }),
        expect.objectContaining({
          title: "Zwrócona",
          returned: true,
          href: expect.objectContaining({ params: { id: returned.id } }),
        }),
      ]),
    );
  });

  it("names an office as the account menu does, by its office's name", async () => {
    const office = await db().institution.update({
      where: { id: (await createInstitution({ name: "Gmina Nazw", territoryCode: "1601052" })).id },
      data: { officeName: "Urząd Gminy Nazw" },
    });
    const clerk = await createOfficial(office.id);
    const menu = await headerMemberships(clerk);
    expect(menu).toEqual([expect.objectContaining({ kind: "institution", name: "Urząd Gminy Nazw" })]);
    expect((await myMattersView(clerk)).sections.find((s) => s.id === office.id)).toMatchObject({
      kind: "office",
      name: "Urząd Gminy Nazw",
    });
  });

  it("gives an owner of two organisations a section for each with its own counts, the one they act for first", async () => {
    // "Alfa" comes first by name, but only the verified "Beta" can be acted for in public.
    const alfa = await createOrganisation({ name: "Alfa Stowarzyszenie Dwóch" });
    const beta = await createOrganisation({ name: "Beta Fundacja Dwóch", verifiedAt: new Date() });
    const owner = await createActor({
      organisations: [
        { id: alfa.id, role: "OWNER" },
        { id: beta.id, role: "OWNER" },
      ],
    });
    for (const organisationId of [alfa.id, alfa.id, beta.id])
      await db().membershipRequest.create({ data: { userId: (await createActor()).id, organisationId } });
    const view = await myMattersView(owner);
    expect(view.sections.map((s) => s.id)).toEqual(["personal", beta.id, alfa.id]);
    expect(section(view.sections, alfa.id).joinRequests?.map((item) => item.count)).toEqual([2]);
    expect(section(view.sections, beta.id).joinRequests?.map((item) => item.count)).toEqual([1]);
    // The account menu lists them in the same order.
    expect((await headerMemberships(owner)).map((m) => m.name)).toEqual([beta.name, alfa.name]);
  });

  it("says nothing waits for a person with nothing to do", async () => {
    const view = await myMattersView(await createActor());
    expect(view.total).toBe(0);
    expect(view.sections).toEqual([{ kind: "personal", id: "personal", groups: [] }]);
  });
});

describe("the home page's strip", () => {
  it("tells a visitor only that they are not signed in, never stored", async () => {
    actAs(null);
    const { response, body } = await ask();
    expect(body).toEqual({ signedIn: false });
    expect(response.headers.get("Cache-Control")).toContain("no-store");
  });

  it("gives a signed-in person the matters to deal with by kind and the news apart, and nothing else", async () => {
    const person = await createMember(organisation.id, "OWNER");
    actAs(person);
    const consultationRemark = await remarkBy(person, organisation.id);
    const { response, body } = await ask();
    expect(response.headers.get("Cache-Control")).toContain("no-store");
    expect(body).toEqual({
      signedIn: true,
      toDo: 3,
      toRead: 0,
      counts: { remarksToEdit: 1, ballots: 1, joinRequests: 1 },
    });
    await db().remark.delete({ where: { id: consultationRemark.id } });
  });

  it("counts an answer to read as news and a request waiting on others as neither (UX review F-W2)", async () => {
    const resident = await createActor();
    actAs(resident);
    const remark = await remarkBy(resident);
    await db().remark.update({
      where: { id: remark.id },
      data: { decision: "ACCEPTED", answeredAt: new Date(), answeredById: official.id },
    });
    await db().membershipRequest.create({ data: { userId: resident.id, organisationId: organisation.id } });
    const personal = section((await myMattersView(resident)).sections, "personal");
    expect([personal.answersReceived?.length, personal.ownRequests?.length]).toEqual([1, 1]);
    expect((await ask()).body).toEqual({ signedIn: true, toDo: 0, toRead: 1, counts: {} });
  });

  it("keeps a person's counts half a minute, but counts afresh when their memberships change", async () => {
    const own = await createOrganisation();
    const person = await createMember(own.id, "OWNER");
    actAs(person);
    const before = (await ask()).body;
    const applicant = await createActor();
    await db().membershipRequest.create({ data: { userId: applicant.id, organisationId: own.id } });
    // Kept: the strip is a glance, the page it leads to is read afresh.
    expect((await ask()).body).toEqual(before);
    expect(section((await myMattersView(person)).sections, own.id).joinRequests).toHaveLength(1);
    const other = await createOrganisation();
    await db().organisationMembership.create({ data: { organisationId: other.id, userId: person.id, role: "MEMBER" } });
    actAs({
      ...person,
      organisations: [...person.organisations, { organisationId: other.id, role: "MEMBER", verified: false }],
    });
    expect((await ask()).body).toMatchObject({ counts: { joinRequests: 1 } });
  });
});

describe("the page's answer (/api/account/matters)", () => {
  async function askMatters(): Promise<MattersAnswer> {
    const response = await getMatters(new Request("http://x/api/account/matters"), { params: Promise.resolve({}) });
    expect(response.status).toBe(200);
    // Personal: no cache or proxy keeps it.
    expect(response.headers.get("cache-control")).toContain("no-store");
    return reviveMattersAnswer((await response.json()) as Wire<MattersAnswer>);
  }

  it("tells a visitor only that they are not signed in", async () => {
    actAs(null);
    expect(await askMatters()).toEqual({ signedIn: false });
  });

  it("gives the reader their own view, its moments Dates again, as the page showed it when it read the session", async () => {
    await remarkBy(representative, organisation.id);
    actAs(representative);
    const answer = await askMatters();
    if (!answer.signedIn) throw new Error("signed in expected");
    expect(answer.view).toEqual(await myMattersView(representative));
    expect(section(answer.view.sections, "personal").remarksToEdit?.[0]?.deadline).toEqual(consultation.endsAt);
    // Someone else asking gets their own matters, not the representative's.
    actAs(official);
    const other = await askMatters();
    if (!other.signedIn) throw new Error("signed in expected");
    expect(other.view.sections.find((s) => s.id === organisation.id)).toBeUndefined();
  });
});
