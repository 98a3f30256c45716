// The small queries behind "My matters" (issue 24): each asks one indexed
// question about one person and returns at most a screenful, so the page can
// run them all at once and still render in a few milliseconds.
import "server-only";
import { can, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { mayRead } from "@/lib/forum/access";

/** More than this many of one kind is a list for the module's own page, not for this one. */
export const MATTERS_PER_KIND = 20;
/** An answer not opened for this long is no longer news (the notice of it told the person too). */
export const ANSWERS_RECENT_DAYS = 30;

const OFFICE_ROLES = new Set(["ADMINISTRATOR", "OFFICIAL"]);

export const ownedOrganisationIds = (actor: Actor) =>
  actor.organisations.filter((m) => m.role === "OWNER").map((m) => m.organisationId);
export const officeIds = (actor: Actor) =>
  actor.institutions.filter((m) => OFFICE_ROLES.has(m.role)).map((m) => m.institutionId);
/** The offices whose officials the person approves: asked of the permission itself (two-factor included). */
export const administeredOfficeIds = (actor: Actor) =>
  actor.institutions
    .map((m) => m.institutionId)
    .filter((institutionId) => can(actor, "institution.officials.approve", { institutionId }));

/** Consultations still open in which the person's remarks can be edited until the end. */
export async function remarksToEdit(userId: string, now: Date) {
  // An answered remark can no longer be changed or withdrawn: only the unanswered ones wait for the person.
  const mine = { authorId: userId, state: "SUBMITTED" as const, answeredAt: null };
  const rows = await db().consultation.findMany({
    // The stored status may lag the clock (a job moves it), so the dates decide, as for remarking itself.
    where: {
      status: { in: ["SCHEDULED", "OPEN"] },
      startsAt: { lte: now },
      endsAt: { gt: now },
      remarks: { some: mine },
    },
    select: { slug: true, title: true, endsAt: true, _count: { select: { remarks: { where: mine } } } },
    orderBy: { endsAt: "asc" },
    take: MATTERS_PER_KIND,
  });
  return rows.map((row) => ({ slug: row.slug, title: row.title, deadline: row.endsAt, count: row._count.remarks }));
}

/**
 * The person's remarks answered lately whose answer they have not been shown
 * yet, newest first: news to read, one item per remark. Seen once their list
 * of remarks on the consultation's page showed it
 * (lib/consultations/remarks/answers-seen.ts); one never opened stops being
 * news after ANSWERS_RECENT_DAYS (the notice of it told them too). Found
 * through the remarks' author index: a person has tens of remarks, not more.
 */
export async function answersReceived(userId: string, now: Date) {
  const since = new Date(now.getTime() - ANSWERS_RECENT_DAYS * 24 * 3600 * 1000);
  return db().remark.findMany({
    where: { authorId: userId, state: "SUBMITTED", answeredAt: { gte: since }, answerSeenAt: null },
    select: {
      id: true,
      decision: true,
      answeredAt: true,
      unit: { select: { label: true } },
      consultation: { select: { slug: true, title: true } },
    },
    orderBy: [{ answeredAt: "desc" }, { id: "asc" }],
    take: MATTERS_PER_KIND,
  });
}

/**
 * Ballots the person may cast now: an organisation of theirs in the frozen
 * registry has not voted, and they own it or its owners designated them
 * (the rule of lib/elections/voting/mutations.ts mayCastFor).
 */
export async function ballotsToCast(actor: Actor, now: Date) {
  const organisationIds = actor.organisations.map((m) => m.organisationId);
  if (organisationIds.length === 0) return [];
  const owned = new Set(ownedOrganisationIds(actor));
  const open = { status: "PUBLISHED" as const, votingStartAt: { lte: now }, votingEndAt: { gt: now } };
  const [voters, designations] = await Promise.all([
    db().electionVoter.findMany({
      where: { organisationId: { in: organisationIds }, voted: false, election: open },
      select: {
        organisationId: true,
        election: { select: { id: true, slug: true, title: true, votingEndAt: true } },
      },
      take: MATTERS_PER_KIND,
    }),
    db().voterDesignation.findMany({
      where: { userId: actor.id, election: open },
      select: { electionId: true, organisationId: true },
    }),
  ]);
  const designated = new Set(designations.map((d) => `${d.electionId}:${d.organisationId}`));
  return voters
    .filter((v) => owned.has(v.organisationId) || designated.has(`${v.election.id}:${v.organisationId}`))
    .map((v) => ({
      organisationId: v.organisationId,
      slug: v.election.slug,
      title: v.election.title,
      deadline: v.election.votingEndAt,
    }))
    .sort((a, b) => a.deadline.getTime() - b.deadline.getTime());
}

/** Nominations naming the person as the candidate, waiting for their consent while nominations are open. */
export async function consentsAwaited(userId: string, now: Date) {
  const rows = await db().nomination.findMany({
    where: {
      candidateUserId: userId,
      state: "AWAITING_CONSENT",
      election: { status: "PUBLISHED", nominationsEndAt: { gt: now } },
    },
    select: { election: { select: { slug: true, title: true, nominationsEndAt: true } } },
    take: MATTERS_PER_KIND,
  });
  return rows.map(({ election }) => ({
    slug: election.slug,
    title: election.title,
    deadline: election.nominationsEndAt,
  }));
}

/** Requests to the person's organisations to recommend a candidate, while nominations are open. */
export async function recommendationsAsked(actor: Actor, now: Date) {
  const organisationIds = actor.organisations.map((m) => m.organisationId);
  if (organisationIds.length === 0) return [];
  const rows = await db().nominationRecommendation.findMany({
    where: {
      organisationId: { in: organisationIds },
      state: "REQUESTED",
      nomination: {
        state: { in: ["AWAITING_CONSENT", "AWAITING_RECOMMENDATIONS"] },
        election: { status: "PUBLISHED", nominationsEndAt: { gt: now } },
      },
    },
    select: {
      organisationId: true,
      nomination: { select: { election: { select: { slug: true, title: true, nominationsEndAt: true } } } },
    },
    take: MATTERS_PER_KIND,
  });
  return rows.map(({ organisationId, nomination: { election } }) => ({
    organisationId,
    slug: election.slug,
    title: election.title,
    deadline: election.nominationsEndAt,
  }));
}

/** Join requests waiting for an owner, and invitations not yet taken up, per organisation the person owns. */
export async function joinRequestsToDecide(actor: Actor, now: Date) {
  const organisationIds = ownedOrganisationIds(actor);
  if (organisationIds.length === 0)
    return { requests: new Map<string, number>(), invitations: new Map<string, number>() };
  const [requests, invitations] = await Promise.all([
    db().membershipRequest.groupBy({
      by: ["organisationId"],
      where: { organisationId: { in: organisationIds }, status: "PENDING" },
      _count: { _all: true },
    }),
    db().organisationInvitation.groupBy({
      by: ["organisationId"],
      where: { organisationId: { in: organisationIds }, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
      _count: { _all: true },
    }),
  ]);
  const byOrganisation = (rows: { organisationId: string | null; _count: { _all: number } }[]) =>
    new Map(rows.flatMap((row) => (row.organisationId ? [[row.organisationId, row._count._all] as const] : [])));
  return { requests: byOrganisation(requests), invitations: byOrganisation(invitations) };
}

/** The person's own requests to join an organisation or an office, still undecided. */
export async function ownPendingRequests(userId: string) {
  const rows = await db().membershipRequest.findMany({
    where: { userId, status: "PENDING" },
    select: {
      id: true,
      createdAt: true,
      organisation: { select: { slug: true, name: true } },
      institution: { select: { slug: true, name: true } },
    },
    orderBy: { createdAt: "desc" },
    take: MATTERS_PER_KIND,
  });
  return rows.flatMap((row): { kind: "organisation" | "institution"; slug: string; name: string }[] => {
    if (row.organisation) return [{ kind: "organisation" as const, ...row.organisation }];
    if (row.institution) return [{ kind: "institution" as const, ...row.institution }];
    return [];
  });
}

/** Watched forum threads with posts the person has not read (their read mark is behind the last post). */
export async function watchedThreadsUnread(actor: Actor) {
  const watched = await db().itemSubscription.findMany({
    where: { userId: actor.id, subjectType: "ForumThread" },
    select: { subjectId: true },
    take: 200,
  });
  if (watched.length === 0) return [];
  const threads = await db().forumThread.findMany({
    where: { id: { in: watched.map((w) => w.subjectId) }, heldAt: null },
    select: {
      id: true,
      title: true,
      postCount: true,
      lastPostAt: true,
      category: { select: { access: true, openToPublic: true } },
      readMarks: { where: { userId: actor.id }, select: { lastReadNumber: true } },
    },
    orderBy: { lastPostAt: "desc" },
  });
  return threads
    .filter((thread) => mayRead(actor, thread.category))
    .map((thread) => ({
      id: thread.id,
      title: thread.title,
      count: thread.postCount - (thread.readMarks[0]?.lastReadNumber ?? 0),
    }))
    .filter((thread) => thread.count > 0)
    .slice(0, MATTERS_PER_KIND);
}

/** The person's news articles waiting for a moderator, or returned by one (a new one or a change). */
export async function ownArticlesInModeration(userId: string) {
  const states = ["PENDING", "REJECTED"] as const;
  const rows = await db().newsArticle.findMany({
    where: { authorId: userId, OR: [{ status: { in: [...states] } }, { changeStatus: { in: [...states] } }] },
    select: { id: true, title: true, status: true, changeStatus: true },
    orderBy: { updatedAt: "desc" },
    take: MATTERS_PER_KIND,
  });
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    returned: row.status === "REJECTED" || row.changeStatus === "REJECTED",
  }));
}

/** Library documents the person proposed that wait for a moderator or were returned. */
export async function ownDocumentsInModeration(userId: string) {
  const rows = await db().libraryDocument.findMany({
    where: { proposedById: userId, review: { in: ["PROPOSED", "REJECTED"] } },
    select: { id: true, title: true, review: true },
    orderBy: { updatedAt: "desc" },
    take: MATTERS_PER_KIND,
  });
  return rows.map((row) => ({ id: row.id, title: row.title, returned: row.review === "REJECTED" }));
}

/** For officials: their offices' consultations with remarks still unanswered. */
export async function remarksToAnswer(institutionIds: string[]) {
  if (institutionIds.length === 0) return [];
  const unanswered = { state: "SUBMITTED" as const, answeredAt: null };
  const rows = await db().consultation.findMany({
    where: { institutionId: { in: institutionIds }, status: { in: ["OPEN", "CLOSED"] }, remarks: { some: unanswered } },
    select: {
      institutionId: true,
      slug: true,
      title: true,
      endsAt: true,
      _count: { select: { remarks: { where: unanswered } } },
    },
    orderBy: { endsAt: "asc" },
    take: MATTERS_PER_KIND,
  });
  return rows.map((row) => ({
    institutionId: row.institutionId,
    slug: row.slug,
    title: row.title,
    endsAt: row.endsAt,
    count: row._count.remarks,
  }));
}

/**
 * For officials: their offices' closed consultations whose every remark is
 * answered and whose report is not published yet, whatever the report's state
 * (none made yet, being made, ready, failed): publishing is the office's last
 * step (lib/consultations/report/mutations.ts publishReport), and until all
 * remarks are answered the consultation is listed among the remarks to answer.
 */
export async function reportsToPublish(institutionIds: string[], now: Date) {
  if (institutionIds.length === 0) return [];
  const rows = await db().consultation.findMany({
    where: {
      institutionId: { in: institutionIds },
      // The stored status may lag the clock (a job moves it), so the closing date decides.
      status: { in: ["OPEN", "CLOSED"] },
      endsAt: { lte: now },
      remarks: { none: { state: "SUBMITTED", answeredAt: null } },
    },
    select: { institutionId: true, slug: true, title: true, endsAt: true, report: { select: { state: true } } },
    orderBy: { endsAt: "asc" },
    take: MATTERS_PER_KIND,
  });
  return rows.map(({ report, ...row }) => ({ ...row, reportState: report?.state ?? null }));
}

/** For offices' administrators: people asking to be recognised as the office's officials, per office. */
export async function officialRequestsToDecide(institutionIds: string[]) {
  if (institutionIds.length === 0) return new Map<string, number>();
  const rows = await db().membershipRequest.groupBy({
    by: ["institutionId"],
    where: { institutionId: { in: institutionIds }, status: "PENDING" },
    _count: { _all: true },
  });
  return new Map(rows.flatMap((row) => (row.institutionId ? [[row.institutionId, row._count._all] as const] : [])));
}

/**
 * For officials: public ideas addressed to their offices still waiting for the
 * first answer, soonest due first (the entries the answer reminders of
 * lib/ideas/answers/reminders.ts count as waiting).
 */
export async function ideasToAnswer(institutionIds: string[]) {
  if (institutionIds.length === 0) return [];
  const rows = await db().idea.findMany({
    where: {
      institutionId: { in: institutionIds },
      visibility: "PUBLISHED",
      status: { not: "MERGED" },
      firstAnsweredAt: null,
    },
    select: { institutionId: true, slug: true, title: true, answerDueAt: true },
    orderBy: [{ answerDueAt: "asc" }, { publishedAt: "asc" }],
    take: MATTERS_PER_KIND,
  });
  return rows.flatMap((row) =>
    row.institutionId
      ? [{ institutionId: row.institutionId, slug: row.slug, title: row.title, deadline: row.answerDueAt }]
      : [],
  );
}

/**
 * Joint offers whose lead invited one of the person's organisations, still
 * waiting for its answer (security review M1): for the organisation's owners
 * and editors, who alone answer. Drafts only: a submitted offer has none.
 */
export async function offerInvitationsToAnswer(actor: Actor) {
  const organisationIds = actor.organisations
    .map((m) => m.organisationId)
    .filter((organisationId) => can(actor, "offers.prepare", { organisationId }));
  if (organisationIds.length === 0) return [];
  const rows = await db().offerCoApplicant.findMany({
    where: { organisationId: { in: organisationIds }, acceptedAt: null, offer: { status: "DRAFT" } },
    select: {
      organisationId: true,
      offer: {
        select: {
          id: true,
          title: true,
          leadOrganisation: { select: { name: true } },
          competition: { select: { offersDeadline: true } },
          task: { select: { kindName: true } },
        },
      },
    },
    orderBy: { addedAt: "desc" },
    take: MATTERS_PER_KIND,
  });
  return rows.map((row) => ({
    organisationId: row.organisationId,
    offerId: row.offer.id,
    title: row.offer.title || row.offer.task?.kindName || "",
    leadName: row.offer.leadOrganisation.name,
    deadline: row.offer.competition?.offersDeadline ?? null,
  }));
}
