// Every notification type leads its reader somewhere real: the page of its
// subject (at the remark, post or section concerned) when the reader may see
// it, nowhere when the subject is gone or hidden from them. The table below
// must name every type: a new type without a case fails here.
import { randomUUID } from "node:crypto";
import { actorById } from "@/lib/auth/current-actor";
import { answerRemarks } from "@/lib/consultations/answers/mutations";
import { consultationSubject } from "@/lib/consultations/audience";
import { createConsultation, publishConsultation } from "@/lib/consultations/mutations";
import { submitRemark } from "@/lib/consultations/remarks/mutations";
import { db } from "@/lib/db/client";
import { electionSubject } from "@/lib/elections/nominations/mutations";
import { threadSubject } from "@/lib/forum/audience";
import { documentSubject } from "@/lib/library/mutations";
import { ideaSubject } from "@/lib/ideas/audience";
import { articleSubject } from "@/lib/news/audience";
import { fanOutPendingNotifications } from "@/lib/notifications/fanout";
import type { NotificationLink } from "@/lib/notifications/links";
import { notify, type NotificationInput } from "@/lib/notifications/notify";
import { listNotifications } from "@/lib/notifications/queries";
import { notificationTypes, type NotificationType } from "@/lib/notifications/types";
import { consultationFields } from "@/tests/factories/consultations";
import { createInstitution } from "@/tests/factories/institutions";
import { createOrganisation } from "@/tests/factories/organisations";
import { createForumCategory, createForumPost, createForumThread } from "@/tests/factories/forum";
import { createLibraryDocument, createLibraryVersion } from "@/tests/factories/library";
import { createIdea } from "@/tests/factories/ideas";
import { createNewsArticle } from "@/tests/factories/news";
import { createPartnerRequestRow } from "@/tests/factories/partner-requests";
import { partnerRequestSubject } from "@/lib/partnerships/requests/audience";
import { createInstanceSettings } from "@/tests/factories/settings";
import { createPerson, type PersonOptions } from "@/tests/factories/people";
import { createPartnerRequest } from "@/tests/factories/partner-interests";
import { requestSubject } from "@/lib/partnerships/suggestions/announce";
import { competitionSubject } from "@/lib/competitions/notification-links";
import { offerSubject } from "@/lib/offers/notification-links";
import { smallGrantSubject } from "@/lib/small-grants/notification-links";
import { createCompetition } from "@/tests/factories/competitions";
import { createOffer } from "@/tests/factories/offers";
import { createSmallGrantCase } from "@/tests/factories/small-grants";

const DAY = 24 * 3600 * 1000;
// Two-factor authentication on for everyone: what a reader may see must not depend on it here.
const person = (options: PersonOptions = {}) => createPerson({ twoFactor: true, ...options });
const actorOf = async (user: { id: string }) => (await actorById(user.id))!;
/** Stores the event, fans it out, and returns where the reader's newest entry leads them. */
async function linkFor(reader: { id: string }, input: NotificationInput): Promise<NotificationLink | null> {
  await notify(input);
  await fanOutPendingNotifications();
  return latestLink(reader, input.type);
}
async function latestLink(reader: { id: string }, type: NotificationType): Promise<NotificationLink | null> {
  const entries = (await listNotifications(await actorOf(reader), 1)).entries.filter((entry) => entry.type === type);
  expect(entries.length).toBeGreaterThan(0);
  return entries[0]!.link;
}

let institution: { id: string; slug: string; name: string };
let official: { id: string };
let owner: { id: string };
let moderator: { id: string };
let organisation: { id: string; slug: string; name: string };
let consultation: { id: string; slug: string; title: string; institutionId: string };
let election: { id: string; slug: string; title: string };
let thread: { id: string; title: string };
let article: { id: string; slug: string; title: string };
let document: { id: string; slug: string; title: string };

beforeAll(async () => {
  await createInstanceSettings();
  institution = await createInstitution({ name: "Gmina Odnośników" });
  official = await person({ institutions: [{ id: institution.id }] });
  moderator = await person({ platformRole: "MODERATOR" });
  organisation = await createOrganisation({ name: "Fundacja Odnośników", verifiedAt: new Date() });
  owner = await person({ organisations: [{ id: organisation.id, role: "OWNER" }] });

  const start = new Date(Date.now() - 60_000);
  const { id } = await createConsultation(
    institution.id,
    consultationFields({
      title: "Konsultacje odnośników",
      startsAt: start,
      endsAt: new Date(start.getTime() + 14 * DAY),
      sourceText: "§ 1. Pierwszy.\n§ 2. Drugi.",
    }),
    { userId: official.id, ip: null },
  );
  await publishConsultation(id, { userId: official.id, ip: null });
  consultation = await db().consultation.findUniqueOrThrow({
    where: { id },
    select: { id: true, slug: true, title: true, institutionId: true },
  });

  election = await db().election.create({
    data: {
      slug: `wybory-${randomUUID().slice(0, 8)}`,
      title: "Wybory odnośników",
      councilName: "Rada",
      description: "Opis.",
      institutionId: institution.id,
      status: "PUBLISHED",
      seats: 3,
      votesPerBallot: 1,
      nominationsStartAt: new Date(),
      nominationsEndAt: new Date(Date.now() + DAY),
      checkEndsAt: new Date(Date.now() + 2 * DAY),
      votingStartAt: new Date(Date.now() + 3 * DAY),
      votingEndAt: new Date(Date.now() + 4 * DAY),
      resultsBy: new Date(Date.now() + 5 * DAY),
    },
    select: { id: true, slug: true, title: true },
  });
  const category = await createForumCategory();
  thread = await createForumThread(category.id, { title: "Wątek odnośników", authorId: owner.id, postCount: 3 });
  article = await createNewsArticle(
    { organisationId: organisation.id },
    { title: "Aktualność odnośników", authorId: owner.id },
  );
  document = await publicDocument("Dokument odnośników");
});

async function publicDocument(title: string) {
  const created = await createLibraryDocument({ institutionId: institution.id }, { title });
  await createLibraryVersion(created.id);
  return created;
}

const organisationSubject = () => ({
  type: "Organisation",
  id: organisation.id,
  title: organisation.name,
  link: { pathname: "/organisations/[slug]" as const, params: { slug: organisation.slug } },
});
const institutionSubject = () => ({
  type: "Institution",
  id: institution.id,
  title: institution.name,
  link: { pathname: "/institutions/[slug]" as const, params: { slug: institution.slug } },
});

/** A published entry on the ideas board, addressed to the office. */
async function publishedIdea(title: string) {
  return db().idea.create({
    data: {
      slug: `wpis-${randomUUID().slice(0, 8)}`,
      kind: "SUGGESTION",
      title,
      body: "Opis wpisu.",
      addressee: "INSTITUTION",
      institutionId: institution.id,
      visibility: "PUBLISHED",
      publishedAt: new Date(),
    },
  });
}

/** For each type: who reads it, the event as its module stores it, and where it must lead. */
const cases: Record<
  NotificationType,
  () => Promise<{ reader: { id: string }; input: NotificationInput; expected: NotificationLink }>
> = {
  "membership.requested": async () => ({
    reader: owner,
    input: {
      type: "membership.requested",
      subject: organisationSubject(),
      audience: { users: [owner.id] },
      data: { name: "Ktoś", kind: "organisation" },
    },
    expected: { pathname: "/organisations/[slug]/members", params: { slug: organisation.slug } },
  }),
  "membership.approved": async () => ({
    reader: official,
    input: {
      type: "membership.approved",
      subject: institutionSubject(),
      audience: { users: [official.id] },
      data: { kind: "institution" },
    },
    expected: { pathname: "/institutions/[slug]", params: { slug: institution.slug } },
  }),
  "membership.refused": async () => ({
    reader: owner,
    input: {
      type: "membership.refused",
      subject: organisationSubject(),
      audience: { users: [owner.id] },
      data: { kind: "organisation", reason: "Nie znamy się." },
    },
    expected: { pathname: "/organisations/[slug]", params: { slug: organisation.slug } },
  }),
  "organisation.invitation_accepted": async () => ({
    reader: owner,
    input: {
      type: "organisation.invitation_accepted",
      subject: organisationSubject(),
      audience: { users: [owner.id] },
      data: { name: "Ktoś" },
    },
    expected: { pathname: "/organisations/[slug]/members", params: { slug: organisation.slug } },
  }),
  "organisation.verified": async () => ({
    reader: owner,
    input: { type: "organisation.verified", subject: organisationSubject(), audience: { users: [owner.id] } },
    expected: { pathname: "/organisations/[slug]", params: { slug: organisation.slug } },
  }),
  "organisation.verification_withdrawn": async () => ({
    reader: owner,
    input: {
      type: "organisation.verification_withdrawn",
      subject: organisationSubject(),
      audience: { users: [owner.id] },
    },
    expected: { pathname: "/organisations/[slug]", params: { slug: organisation.slug } },
  }),
  "organisation.registered": async () => ({
    reader: moderator,
    input: { type: "organisation.registered", subject: organisationSubject(), audience: { users: [moderator.id] } },
    expected: { pathname: "/organisations/[slug]", params: { slug: organisation.slug } },
  }),
  ...(Object.fromEntries(
    (["security.password_changed", "security.two_factor_changed", "security.new_sign_in"] as const).map((type) => [
      type,
      async () => ({
        reader: owner,
        input: {
          type,
          subject: { type: "User", id: owner.id, title: "", link: { pathname: "/account" } },
          audience: { users: [owner.id] },
        },
        expected: { pathname: "/account" },
      }),
    ]),
  ) as Record<"security.password_changed" | "security.two_factor_changed" | "security.new_sign_in", never>),
  "remark.answered": async () => {
    const { id } = await submitRemark(
      await actorOf(owner),
      {
        consultationId: consultation.id,
        unitId: null,
        actingFor: organisation.id,
        currentWording: null,
        proposedWording: null,
        justification: "Uwaga ogólna.",
      },
      { ip: null },
    );
    await answerRemarks(
      { userId: official.id, ip: null },
      { consultationId: consultation.id, remarkIds: [id], decision: "NOT_ACCEPTED", reason: "Poza zakresem." },
    );
    await fanOutPendingNotifications();
    const event = await db().notificationEvent.findFirstOrThrow({
      where: { type: "remark.answered" },
      orderBy: { createdAt: "desc" },
    });
    expect(event.data).toEqual({ decision: "NOT_ACCEPTED", reason: "Poza zakresem.", remark: id, count: "1" });
    return {
      reader: owner,
      input: null as never,
      expected: { pathname: "/consultations/[slug]", params: { slug: consultation.slug }, hash: `remark-${id}` },
    };
  },
  "consultation.remark_submitted": async () => {
    const unit = await db().consultationUnit.findFirstOrThrow({
      where: { consultationId: consultation.id },
      orderBy: { position: "asc" },
    });
    const { id } = await submitRemark(
      await actorOf(owner),
      {
        consultationId: consultation.id,
        unitId: unit.id,
        actingFor: organisation.id,
        currentWording: null,
        proposedWording: null,
        justification: "Druga uwaga.",
      },
      { ip: null },
    );
    await fanOutPendingNotifications();
    const event = await db().notificationEvent.findFirstOrThrow({
      where: { type: "consultation.remark_submitted" },
      orderBy: { createdAt: "desc" },
    });
    expect(event.data).toMatchObject({ author: organisation.name });
    // On the answering screen, among the remarks on its unit, whatever their state.
    return {
      reader: official,
      input: null as never,
      expected: {
        pathname: "/consultations/[slug]/remarks",
        params: { slug: consultation.slug },
        query: { unit: unit.key, state: "all" },
        hash: `remark-${id}`,
      },
    };
  },
  ...(Object.fromEntries(
    (["consultation.opened", "consultation.extended", "consultation.closing_soon"] as const).map((type) => [
      type,
      async () => ({
        reader: owner,
        input: { type, subject: consultationSubject(consultation), audience: { users: [owner.id] } },
        expected: { pathname: "/consultations/[slug]", params: { slug: consultation.slug } },
      }),
    ]),
  ) as Record<"consultation.opened" | "consultation.extended" | "consultation.closing_soon", never>),
  "consultation.report_published": async () => ({
    reader: owner,
    input: {
      type: "consultation.report_published",
      subject: consultationSubject(consultation),
      audience: { users: [owner.id] },
    },
    expected: { pathname: "/consultations/[slug]", params: { slug: consultation.slug }, hash: "report-heading" },
  }),
  ...(Object.fromEntries(
    (
      [
        ["election.nominations_opened", undefined],
        ["election.consent_requested", "participation-heading"],
        ["election.recommendation_requested", "participation-heading"],
        ["election.nomination_decided", "participation-heading"],
        ["election.voting_opened", undefined],
        ["election.voting_closing_soon", undefined],
        ["election.results_published", "results-heading"],
      ] as const
    ).map(([type, hash]) => [
      type,
      async () => ({
        reader: owner,
        input: {
          type,
          subject: electionSubject(election),
          audience: { users: [owner.id] },
          data: { organisation: organisation.name, candidate: "Anna", decision: "ACCEPTED" },
        },
        expected: { pathname: "/elections/[slug]", params: { slug: election.slug }, ...(hash ? { hash } : {}) },
      }),
    ]),
  ) as Record<`election.${string}` & NotificationType, never>),
  ...(Object.fromEntries(
    (["forum.reply", "forum.mention", "forum.post_moderated"] as const).map((type) => [
      type,
      async () => ({
        reader: owner,
        input: {
          type,
          subject: threadSubject(thread),
          audience: { users: [owner.id] },
          data: { post: "3", decision: "hidden", reason: "Spam." },
        },
        expected: { pathname: "/forum/threads/[id]", params: { id: thread.id }, query: { wpis: "3" }, hash: "wpis-3" },
      }),
    ]),
  ) as Record<"forum.reply" | "forum.mention" | "forum.post_moderated", never>),
  "forum.new_thread": async () => ({
    reader: owner,
    input: {
      type: "forum.new_thread",
      subject: threadSubject(thread),
      audience: { users: [owner.id] },
      data: { category: "Ogólna" },
    },
    expected: { pathname: "/forum/threads/[id]", params: { id: thread.id } },
  }),
  "forum.thread_moderated": async () => ({
    reader: owner,
    input: {
      type: "forum.thread_moderated",
      subject: threadSubject(thread),
      audience: { users: [owner.id] },
      data: { change: "locked", target: "", reason: "none" },
    },
    expected: { pathname: "/forum/threads/[id]", params: { id: thread.id } },
  }),
  "forum.suspended": async () => ({
    reader: owner,
    input: {
      type: "forum.suspended",
      subject: { type: "Forum", id: "forum", title: "Forum", link: { pathname: "/forum" } },
      audience: { users: [owner.id] },
      data: { until: "2027-01-01 12:00", reason: "Spam." },
    },
    expected: { pathname: "/forum" },
  }),
  "news.published": async () => ({
    reader: owner,
    input: { type: "news.published", subject: articleSubject(article), audience: { users: [owner.id] } },
    expected: { pathname: "/news/[slug]", params: { slug: article.slug } },
  }),
  "news.submitted": async () => {
    const pending = await createNewsArticle(
      { organisationId: organisation.id },
      { title: "Czeka", status: "PENDING", authorId: owner.id },
    );
    return {
      reader: moderator,
      input: { type: "news.submitted", subject: articleSubject(pending), audience: { users: [moderator.id] } },
      expected: { pathname: "/moderation/news" },
    };
  },
  "news.moderated": async () => {
    const rejected = await createNewsArticle(
      { organisationId: organisation.id },
      { title: "Odrzucona", status: "REJECTED", authorId: owner.id },
    );
    return {
      reader: owner,
      input: {
        type: "news.moderated",
        subject: articleSubject(rejected),
        audience: { users: [owner.id] },
        data: { decision: "rejected", reason: "Reklama." },
      },
      expected: { pathname: "/account/news/[id]", params: { id: rejected.id } },
    };
  },
  "idea.submitted": async () => {
    const pending = await createIdea({ title: "Czeka na moderatora", visibility: "PENDING", authorId: owner.id });
    return {
      reader: moderator,
      input: { type: "idea.submitted", subject: ideaSubject(pending), audience: { users: [moderator.id] } },
      expected: { pathname: "/moderation/ideas" },
    };
  },
  "idea.moderated": async () => {
    const rejected = await createIdea({ title: "Odrzucony wpis", visibility: "REJECTED", authorId: owner.id });
    return {
      reader: owner,
      input: {
        type: "idea.moderated",
        subject: ideaSubject(rejected),
        audience: { users: [owner.id] },
        data: { decision: "rejected", reason: "Reklama." },
      },
      expected: { pathname: "/ideas/[slug]", params: { slug: rejected.slug } },
    };
  },
  "library.proposed": async () => {
    const proposed = await createLibraryDocument(
      { organisationId: organisation.id },
      { title: "Propozycja", review: "PROPOSED", proposedById: owner.id },
    );
    return {
      reader: moderator,
      input: { type: "library.proposed", subject: documentSubject(proposed), audience: { users: [moderator.id] } },
      expected: { pathname: "/moderation/library" },
    };
  },
  "library.decided": async () => ({
    reader: owner,
    input: {
      type: "library.decided",
      subject: documentSubject(document),
      audience: { users: [owner.id] },
      data: { decision: "accepted", reason: "none" },
    },
    expected: { pathname: "/library/[slug]", params: { slug: document.slug } },
  }),
  // An invitation to be named as a co-developer of another's document is answered among one's library documents.
  "library.codeveloper": async () => ({
    reader: owner,
    input: {
      type: "library.codeveloper",
      subject: documentSubject(document),
      audience: { users: [owner.id] },
      data: { decision: "invited" },
    },
    expected: { pathname: "/account/library" },
  }),
  // A request that fits one's organisation leads to the request while it is published.
  "partnership.request_fits": async () => {
    const request = await createPartnerRequest({ organisationId: organisation.id });
    return {
      reader: owner,
      input: {
        type: "partnership.request_fits",
        subject: requestSubject(request),
        audience: { users: [owner.id] },
        data: { author: organisation.name },
      },
      expected: { pathname: "/partnerships/[slug]", params: { slug: request.slug } },
    };
  },
  "idea.published": async () => {
    const idea = await publishedIdea("Wpis odnośników");
    return {
      reader: official,
      input: {
        type: "idea.published",
        subject: ideaSubject(idea),
        audience: { institutions: [{ id: institution.id, roles: ["OFFICIAL"] }] },
        data: { kind: idea.kind },
      },
      expected: { pathname: "/ideas/[slug]", params: { slug: idea.slug } },
    };
  },
  "idea.comment_mention": async () => {
    const idea = await publishedIdea("Wpis ze wzmianką");
    return {
      reader: owner,
      input: {
        type: "idea.comment_mention",
        subject: ideaSubject(idea),
        audience: { users: [owner.id] },
        data: { comment: "3" },
      },
      expected: { pathname: "/ideas/[slug]", params: { slug: idea.slug }, hash: "komentarz-3" },
    };
  },
  "idea.comment_moderated": async () => {
    const idea = await publishedIdea("Wpis z moderacją");
    return {
      reader: owner,
      input: {
        type: "idea.comment_moderated",
        subject: ideaSubject(idea),
        audience: { users: [owner.id] },
        data: { decision: "hidden", comment: "1", reason: "Spam" },
      },
      expected: { pathname: "/ideas/[slug]", params: { slug: idea.slug }, hash: "komentarz-1" },
    };
  },
  // An answer leads to that answer on the entry; a deadline to the entry's answers.
  "idea.answered": async () => {
    const idea = await createIdea({ institutionId: institution.id, title: "Kalendarz" });
    return {
      reader: owner,
      input: {
        type: "idea.answered",
        subject: ideaSubject(idea),
        audience: { users: [owner.id] },
        data: { answer: "a1", decision: "ACCEPTED", change: "status" },
      },
      expected: { pathname: "/ideas/[slug]", params: { slug: idea.slug }, hash: "answer-a1" },
    };
  },
  ...(Object.fromEntries(
    (["idea.answer_due", "idea.answer_overdue"] as const).map((type) => [
      type,
      async () => {
        const idea = await createIdea({ institutionId: institution.id });
        return {
          reader: official,
          input: { type, subject: ideaSubject(idea), audience: { users: [official.id] }, data: { days: "7" } },
          expected: { pathname: "/ideas/[slug]", params: { slug: idea.slug }, hash: "idea-answers-heading" },
        };
      },
    ]),
  ) as Record<"idea.answer_due" | "idea.answer_overdue", never>),
  "partnership.request_moderated": async () => {
    // Hidden: only its party (and the moderators) may still open it.
    const hidden = await createPartnerRequestRow({ organisationId: organisation.id, visibility: "HIDDEN" });
    return {
      reader: owner,
      input: {
        type: "partnership.request_moderated",
        subject: partnerRequestSubject(hidden),
        audience: { users: [owner.id] },
        data: { decision: "hidden", reason: "Reklama." },
      },
      expected: { pathname: "/partnerships/[slug]", params: { slug: hidden.slug } },
    };
  },
  "partnership.request_held": async () => {
    // Held by the blocked-word screen: a moderator goes to the queue where it waits.
    const held = await createPartnerRequestRow({ organisationId: organisation.id, visibility: "PENDING" });
    return {
      reader: moderator,
      input: {
        type: "partnership.request_held",
        subject: partnerRequestSubject(held),
        audience: { users: [moderator.id] },
      },
      expected: { pathname: "/moderation/partnerships" },
    };
  },
  "partnership.request_expired": async () => {
    const expired = await createPartnerRequestRow({ institutionId: institution.id, status: "EXPIRED" });
    return {
      reader: official,
      input: {
        type: "partnership.request_expired",
        subject: partnerRequestSubject(expired),
        audience: { users: [official.id] },
      },
      expected: { pathname: "/partnerships/[slug]", params: { slug: expired.slug }, hash: "partner-request-manage" },
    };
  },
  // Interests received lead the author's people to the interests page; the rest to "my partnerships".
  ...partnershipCases(),
  ...competitionCases(),
};

/** Open competitions, offers and small grants (issue 25): who is led where. */
function competitionCases() {
  const published = () => createCompetition({ institutionId: institution.id });
  const toPage = (type: "competition.published" | "competition.opened" | "competition.extended") => async () => {
    const competition = await published();
    return {
      reader: owner,
      input: { type, subject: competitionSubject(competition), audience: { users: [owner.id] } },
      expected: { pathname: "/competitions/[slug]", params: { slug: competition.slug } } as NotificationLink,
    };
  };
  const toOffer =
    (type: "offer.co_applicant_added" | "offer.co_applicant_answered" | "offer.submitted" | "offer.withdrawn") =>
    async () => {
      const competition = await published();
      const offer = await createOffer({ taskId: competition.tasks[0]!.id, leadOrganisationId: organisation.id });
      return {
        reader: owner,
        input: { type, subject: offerSubject(offer), audience: { users: [owner.id] } },
        expected: { pathname: "/offers/[id]", params: { id: offer.id } } as NotificationLink,
      };
    };
  const toOwnOffer =
    (type: "offer.formal_result" | "offer.correction_due" | "offer.outcome", data: Record<string, string>) =>
    async () => {
      const competition = await published();
      const offer = await createOffer({
        taskId: competition.tasks[0]!.id,
        leadOrganisationId: organisation.id,
        submitted: true,
      });
      return {
        reader: owner,
        input: { type, subject: offerSubject(offer), audience: { users: [owner.id] }, data },
        expected: { pathname: "/offers/[id]", params: { id: offer.id } } as NotificationLink,
      };
    };
  const toCompetition =
    (type: "commission.invited" | "commission.meeting_scheduled" | "commission.closed") => async () => {
      const competition = await published();
      return {
        reader: owner,
        input: { type, subject: competitionSubject(competition), audience: { users: [owner.id] } },
        expected: { pathname: "/competitions/[slug]", params: { slug: competition.slug } } as NotificationLink,
      };
    };
  const smallGrant = async (publishedDaysAgo?: number) => {
    const row = await createSmallGrantCase({
      institutionId: institution.id,
      organisationId: organisation.id,
      publishedDaysAgo,
    });
    return { row, subject: smallGrantSubject({ id: row.id, title: row.offer.title }, institution) };
  };
  // Read when a case runs: the office exists only after beforeAll.
  const officesPage = (): NotificationLink => ({
    pathname: "/institutions/[slug]/small-grants",
    params: { slug: institution.slug },
  });
  return {
    "competition.published": toPage("competition.published"),
    "competition.opened": toPage("competition.opened"),
    "competition.extended": toPage("competition.extended"),
    "competition.deadline_soon": async () => {
      const competition = await published();
      return {
        reader: owner,
        input: {
          type: "competition.deadline_soon" as const,
          subject: competitionSubject(competition),
          audience: { users: [owner.id] },
          data: { days: "1" },
        },
        expected: { pathname: "/competitions/[slug]", params: { slug: competition.slug } } as NotificationLink,
      };
    },
    // A question or a nominee: the office's officials, where they answer or read them.
    "competition.question_asked": async () => {
      const competition = await published();
      return {
        reader: official,
        input: {
          type: "competition.question_asked" as const,
          subject: competitionSubject(competition),
          audience: { users: [official.id] },
        },
        expected: {
          pathname: "/competitions/[slug]/questions",
          params: { slug: competition.slug },
        } as NotificationLink,
      };
    },
    "competition.nomination_received": async () => {
      const competition = await published();
      return {
        reader: official,
        input: {
          type: "competition.nomination_received" as const,
          subject: competitionSubject(competition),
          audience: { users: [official.id] },
        },
        expected: {
          pathname: "/competitions/[slug]/commission-call",
          params: { slug: competition.slug },
        } as NotificationLink,
      };
    },
    "competition.question_answered": async () => {
      const competition = await published();
      return {
        reader: owner,
        input: {
          type: "competition.question_answered" as const,
          subject: competitionSubject(competition),
          audience: { users: [owner.id] },
        },
        expected: {
          pathname: "/competitions/[slug]/questions",
          params: { slug: competition.slug },
        } as NotificationLink,
      };
    },
    "offer.co_applicant_added": toOffer("offer.co_applicant_added"),
    "offer.co_applicant_answered": toOffer("offer.co_applicant_answered"),
    "offer.co_applicant_removed": async () => {
      // The owner's organisation was a co-applicant; the lead took it off, so the offer is no longer theirs to see.
      const competition = await published();
      const lead = await createOrganisation({ name: "Fundacja Wiodąca Usuwająca", verifiedAt: new Date() });
      const offer = await createOffer({ taskId: competition.tasks[0]!.id, leadOrganisationId: lead.id });
      return {
        reader: owner,
        input: {
          type: "offer.co_applicant_removed" as const,
          subject: offerSubject(offer),
          audience: { users: [owner.id] },
          data: { lead: lead.name, organisation: organisation.name },
        },
        expected: { pathname: "/offers" } as NotificationLink,
      };
    },
    "offer.submitted": toOffer("offer.submitted"),
    "offer.withdrawn": toOffer("offer.withdrawn"),
    "offer.confirmation_decided": async () => {
      const competition = await published();
      const offer = await createOffer({
        taskId: competition.tasks[0]!.id,
        leadOrganisationId: organisation.id,
        submitted: true,
      });
      return {
        reader: owner,
        input: {
          type: "offer.confirmation_decided" as const,
          subject: offerSubject(offer),
          audience: { users: [owner.id] },
          data: { decision: "ACCEPTED" },
        },
        expected: { pathname: "/offers/[id]/confirmation", params: { id: offer.id } } as NotificationLink,
      };
    },
    "small_grant.received": async () => {
      const { subject } = await smallGrant();
      return {
        reader: official,
        input: { type: "small_grant.received" as const, subject, audience: { users: [official.id] } },
        expected: officesPage(),
      };
    },
    "small_grant.publish_due": async () => {
      const { subject } = await smallGrant();
      return {
        reader: official,
        input: {
          type: "small_grant.publish_due" as const,
          subject,
          audience: { users: [official.id] },
          data: { day: "2027-03-15" },
        },
        expected: officesPage(),
      };
    },
    "small_grant.remark_submitted": async () => {
      const { subject } = await smallGrant(1);
      return {
        reader: official,
        input: { type: "small_grant.remark_submitted" as const, subject, audience: { users: [official.id] } },
        expected: officesPage(),
      };
    },
    // Published for remarks: a follower outside the office and the applicant reads the public page.
    "small_grant.published": async () => {
      const { row, subject } = await smallGrant(1);
      return {
        reader: moderator,
        input: { type: "small_grant.published" as const, subject, audience: { users: [moderator.id] } },
        expected: { pathname: "/small-grants/[slug]", params: { slug: row.publicSlug! } } as NotificationLink,
      };
    },
    "small_grant.decided": async () => {
      const { row, subject } = await smallGrant(9);
      return {
        reader: owner,
        input: {
          type: "small_grant.decided" as const,
          subject,
          audience: { users: [owner.id] },
          data: { decision: "ACCEPTED" },
        },
        expected: { pathname: "/offers/[id]", params: { id: row.offerId } } as NotificationLink,
      };
    },
    // Issue 26: the applicants are led to their offer, the office's officials to its view of it, and
    // notices about the commission, results and reasons to the competition (the slices' pages refine these).
    "offer.formal_result": toOwnOffer("offer.formal_result", { status: "COMPLETE" }),
    "offer.correction_due": toOwnOffer("offer.correction_due", { deadline: new Date().toISOString() }),
    "offer.outcome": toOwnOffer("offer.outcome", { outcome: "FUNDED" }),
    "offer.correction_submitted": async () => {
      const competition = await published();
      const offer = await createOffer({
        taskId: competition.tasks[0]!.id,
        leadOrganisationId: organisation.id,
        submitted: true,
      });
      return {
        reader: official,
        input: {
          type: "offer.correction_submitted" as const,
          subject: offerSubject(offer),
          audience: { users: [official.id] },
        },
        // The office's officials are led to the offer's formal check, where the correction is judged.
        expected: {
          pathname: "/competitions/[slug]/offers/[id]/formal",
          params: { slug: competition.slug, id: offer.id },
        } as NotificationLink,
      };
    },
    "commission.invited": toCompetition("commission.invited"),
    "commission.meeting_scheduled": toCompetition("commission.meeting_scheduled"),
    "commission.closed": toCompetition("commission.closed"),
    // S4: the results page once out, the office's decision page for its officials, the requester's reasons page.
    "competition.results_published": async () => {
      const competition = await createCompetition({ institutionId: institution.id, status: "DECIDED" });
      return {
        reader: owner,
        input: {
          type: "competition.results_published" as const,
          subject: competitionSubject(competition),
          audience: { users: [owner.id] },
        },
        expected: { pathname: "/competitions/[slug]/results", params: { slug: competition.slug } } as NotificationLink,
      };
    },
    "competition.reasons_requested": async () => {
      const competition = await createCompetition({ institutionId: institution.id, status: "DECIDED" });
      return {
        reader: official,
        input: {
          type: "competition.reasons_requested" as const,
          subject: competitionSubject(competition),
          audience: { users: [official.id] },
        },
        expected: { pathname: "/competitions/[slug]/decision", params: { slug: competition.slug } } as NotificationLink,
      };
    },
    "competition.reasons_answered": async () => {
      const competition = await createCompetition({ institutionId: institution.id, status: "DECIDED" });
      return {
        reader: owner,
        input: {
          type: "competition.reasons_answered" as const,
          subject: competitionSubject(competition),
          audience: { users: [owner.id] },
        },
        expected: { pathname: "/competitions/[slug]/reasons", params: { slug: competition.slug } } as NotificationLink,
      };
    },
  };
}

/** The partner workflow's notices, about a request posted by the organisation (lib/partnerships/interests). */
function partnershipCases() {
  const requestCase =
    (type: "partnership.interest_received" | "partnership.interest_decided" | "partnership.request_closed_to_others") =>
    async () => {
      const request = await createPartnerRequest({ organisationId: organisation.id });
      return {
        reader: owner,
        input: {
          type,
          subject: requestSubject(request),
          audience: { users: [owner.id] },
          data: { decision: "ACCEPTED" },
        },
        expected:
          type === "partnership.interest_received"
            ? { pathname: "/partnerships/[slug]/interests" as const, params: { slug: request.slug } }
            : { pathname: "/partnerships/mine" as const },
      };
    };
  const partnershipCase = (type: "partnership.proposed" | "partnership.formed") => async () => {
    const request = await createPartnerRequest({ organisationId: organisation.id });
    const interest = await db().partnerInterest.create({
      data: { requestId: request.id, institutionId: institution.id, message: "Chętnie pomożemy." },
    });
    const partnership = await db().partnership.create({
      data: {
        requestId: request.id,
        interestId: interest.id,
        requesterOrganisationId: organisation.id,
        partnerInstitutionId: institution.id,
      },
    });
    return {
      reader: owner,
      input: {
        type,
        subject: {
          type: "Partnership",
          id: partnership.id,
          title: request.title,
          link: { pathname: "/partnerships/mine" as const },
        },
        audience: { users: [owner.id] },
      },
      expected: { pathname: "/partnerships/mine" as const },
    };
  };
  return {
    "partnership.interest_received": requestCase("partnership.interest_received"),
    "partnership.interest_decided": requestCase("partnership.interest_decided"),
    "partnership.request_closed_to_others": requestCase("partnership.request_closed_to_others"),
    "partnership.proposed": partnershipCase("partnership.proposed"),
    "partnership.formed": partnershipCase("partnership.formed"),
  };
}

describe("every notification type leads its reader to the thing it is about", () => {
  it("has a case for every type", () => {
    expect(Object.keys(cases).sort()).toEqual([...notificationTypes].sort());
  });

  it.each([...notificationTypes])("%s", async (type) => {
    const { reader, input, expected } = await cases[type]();
    const link = input ? await linkFor(reader, input) : await latestLink(reader, type);
    expect(link).toEqual(expected);
  });
});

describe("a notice leads nowhere when its subject is gone or hidden from the reader", () => {
  it("a draft consultation: only its office's officials, in its preview (the public page never shows a draft)", async () => {
    const { id } = await createConsultation(institution.id, consultationFields({ title: "Szkic" }), {
      userId: official.id,
      ip: null,
    });
    const draft = await db().consultation.findUniqueOrThrow({ where: { id } });
    const stranger = await person();
    expect(
      await linkFor(stranger, {
        type: "consultation.opened",
        subject: consultationSubject(draft),
        audience: { users: [stranger.id, official.id] },
      }),
    ).toBeNull();
    expect(await latestLink(official, "consultation.opened")).toEqual({
      pathname: "/consultations/[slug]/preview",
      params: { slug: draft.slug },
    });
  });

  it("a draft competition: only its office, in the preview; an offer: only its organisations and the addressed office", async () => {
    const draft = await createCompetition({ institutionId: institution.id, status: "DRAFT" });
    const stranger = await person();
    expect(
      await linkFor(stranger, {
        type: "competition.opened",
        subject: competitionSubject(draft),
        audience: { users: [stranger.id, official.id] },
      }),
    ).toBeNull();
    expect(await latestLink(official, "competition.opened")).toEqual({
      pathname: "/competitions/[slug]/preview",
      params: { slug: draft.slug },
    });

    const competition = await createCompetition({ institutionId: institution.id });
    const offer = await createOffer({
      taskId: competition.tasks[0]!.id,
      leadOrganisationId: organisation.id,
      submitted: true,
    });
    const otherOffice = await createInstitution({ name: "Gmina Obca", territoryCode: "1601011" });
    const otherOfficial = await person({ institutions: [{ id: otherOffice.id }] });
    const otherOrganisation = await createOrganisation({ name: "Fundacja Obca" });
    const otherOwner = await person({ organisations: [{ id: otherOrganisation.id, role: "OWNER" }] });
    expect(
      await linkFor(otherOwner, {
        type: "offer.submitted",
        subject: offerSubject(offer),
        audience: { users: [otherOwner.id, otherOfficial.id, official.id] },
      }),
    ).toBeNull();
    expect(await latestLink(otherOfficial, "offer.submitted")).toBeNull();
    expect(await latestLink(official, "offer.submitted")).toEqual({
      pathname: "/competitions/[slug]/offers/[id]",
      params: { slug: competition.slug, id: offer.id },
    });
  });

  it("a forum thread in a category for officials: not for a representative; a merged thread: where its posts are now", async () => {
    const officials = await createForumCategory({
      name: { pl: "Urzędnicy", en: "Officials", de: "Amtspersonen" },
      position: 2,
      access: "OFFICIALS",
    });
    const closed = await createForumThread(officials.id, { title: "Tylko urzędnicy", postCount: 1 });
    expect(
      await linkFor(owner, {
        type: "forum.new_thread",
        subject: threadSubject(closed),
        audience: { users: [owner.id, official.id] },
        data: { category: "Urzędnicy" },
      }),
    ).toBeNull();
    expect(await latestLink(official, "forum.new_thread")).toEqual({
      pathname: "/forum/threads/[id]",
      params: { id: closed.id },
    });

    const gone = await createForumThread(officials.id, { title: "Scalony", postCount: 2 });
    const post = await createForumPost(thread.id, 4, { body: "Przeniesiony." });
    await db().forumPostRedirect.create({ data: { threadId: gone.id, number: 2, postId: post.id } });
    await db().forumThread.delete({ where: { id: gone.id } });
    expect(
      await linkFor(owner, {
        type: "forum.reply",
        subject: threadSubject(gone),
        audience: { users: [owner.id] },
        data: { post: "2" },
      }),
    ).toEqual({
      pathname: "/forum/threads/[id]",
      params: { id: thread.id },
      query: { wpis: "4" },
      hash: "wpis-4",
    });
  });

  it("an article not public: its writers' editing page, nothing for others; a deleted organisation: nothing", async () => {
    const draft = await createNewsArticle(
      { organisationId: organisation.id },
      { title: "Zdjęta", status: "UNPUBLISHED", authorId: owner.id },
    );
    const stranger = await person();
    expect(
      await linkFor(stranger, {
        type: "news.published",
        subject: articleSubject(draft),
        audience: { users: [stranger.id] },
      }),
    ).toBeNull();

    const doomed = await createOrganisation({ name: "Fundacja Zlikwidowana" });
    await notify({
      type: "organisation.verified",
      subject: {
        type: "Organisation",
        id: doomed.id,
        title: doomed.name,
        link: { pathname: "/organisations/[slug]", params: { slug: doomed.slug } },
      },
      audience: { users: [stranger.id] },
    });
    await fanOutPendingNotifications();
    await db().organisation.delete({ where: { id: doomed.id } });
    expect(await latestLink(stranger, "organisation.verified")).toBeNull();
  });

  it("a proposal the moderators rejected: its proposer's editing page", async () => {
    const rejected = await createLibraryDocument(
      { organisationId: organisation.id },
      { title: "Odrzucony", review: "REJECTED", proposedById: owner.id },
    );
    expect(
      await linkFor(owner, {
        type: "library.decided",
        subject: documentSubject(rejected),
        audience: { users: [owner.id] },
        data: { decision: "rejected", reason: "Brak pliku." },
      }),
    ).toEqual({ pathname: "/account/library/[id]", params: { id: rejected.id } });
  });
});
