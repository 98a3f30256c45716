// "My matters" (issue 24): what waits for the signed-in person, grouped by in
// whose name they act: themselves, each organisation they belong to, each
// office they work for. Every item links where it is done. All queries run at
// once; each is small and indexed (lib/matters/queries.ts).
import "server-only";
import { actingMemberships } from "@/lib/accounts/queries";
import type { Actor } from "@/lib/auth/permissions";
import { publicDataGeneration } from "@/lib/cache/public-data";
import { TtlCache } from "@/lib/cache/ttl-cache";
import type { RemarkDecision, ReportState } from "@/lib/generated/prisma/enums";
import type { Href } from "@/lib/i18n/navigation";
import { competitionMatters } from "@/lib/matters/competition-matters";
import {
  administeredOfficeIds,
  answersReceived,
  ballotsToCast,
  consentsAwaited,
  ideasToAnswer,
  joinRequestsToDecide,
  officeIds,
  officialRequestsToDecide,
  ownArticlesInModeration,
  ownDocumentsInModeration,
  offerInvitationsToAnswer,
  ownPendingRequests,
  recommendationsAsked,
  remarksToAnswer,
  remarksToEdit,
  reportsToPublish,
  watchedThreadsUnread,
} from "@/lib/matters/queries";
import { matterNeed, type MatterKind, type MattersSummary } from "@/lib/matters/types";

export interface MatterItem {
  title: string;
  href: Href;
  /** How many (remarks, unread posts, requests); null where the item is one thing. */
  count: number | null;
  /** Until when it can be done. */
  deadline: Date | null;
  /**
   * When a consultation closes or closed, for its office's remarks to answer:
   * the module sets the office no deadline for answering (nor for the report),
   * so the page must not call the closing date one.
   */
  closes?: { at: Date; past: boolean };
  /** For an answer to the person's remark: how and when the office answered it. */
  answer?: { decision: RemarkDecision | null; at: Date };
  /** For a consultation's report to publish: its state ("NONE" before one is made). */
  report?: ReportState | "NONE";
  /** An article or document a moderator sent back, rather than one still waiting. */
  returned?: boolean;
  /** For an offer draft: whole days left until the competition's deadline. */
  daysLeft?: number;
  /** For a submitted offer owing its signed confirmation: none sent yet, or only rejected ones. */
  confirmation?: "none" | "rejected";
  /** For a small grant: when its remark window ends or ended. */
  remarksWindow?: { at: Date; past: boolean };
}

export interface MatterGroup {
  kind: MatterKind;
  items: MatterItem[];
}

export type MatterSection =
  | { kind: "personal"; id: "personal"; groups: MatterGroup[] }
  | { kind: "organisation" | "office"; id: string; name: string; groups: MatterGroup[] };

export interface MattersView {
  sections: MatterSection[];
  /** Items in all sections, whatever they ask (the strip counts by matterNeed). */
  total: number;
}

const consultationHref = (slug: string): Href => ({ pathname: "/consultations/[slug]", params: { slug } });
const electionHref = (slug: string): Href => ({ pathname: "/elections/[slug]", params: { slug } });

function group(kind: MatterKind, items: MatterItem[]): MatterGroup[] {
  return items.length > 0 ? [{ kind, items }] : [];
}

export async function myMattersView(actor: Actor, now = new Date()): Promise<MattersView> {
  const offices = officeIds(actor);
  const [
    toEdit,
    answers,
    ballots,
    consents,
    recommendations,
    joins,
    ownRequests,
    threads,
    articles,
    documents,
    toAnswer,
    reports,
    ideas,
    officialRequests,
    memberships,
    competitions,
    offerInvitations,
  ] = await Promise.all([
    remarksToEdit(actor.id, now),
    answersReceived(actor.id, now),
    ballotsToCast(actor, now),
    consentsAwaited(actor.id, now),
    recommendationsAsked(actor, now),
    joinRequestsToDecide(actor, now),
    ownPendingRequests(actor.id),
    watchedThreadsUnread(actor),
    ownArticlesInModeration(actor.id),
    ownDocumentsInModeration(actor.id),
    remarksToAnswer(offices),
    reportsToPublish(offices, now),
    ideasToAnswer(offices),
    officialRequestsToDecide(administeredOfficeIds(actor)),
    actingMemberships(actor),
    competitionMatters(actor, now),
    offerInvitationsToAnswer(actor),
  ]);

  const personal: MatterSection = {
    kind: "personal",
    id: "personal",
    groups: [
      ...group(
        "remarksToEdit",
        toEdit.map((c) => ({ title: c.title, href: consultationHref(c.slug), count: c.count, deadline: c.deadline })),
      ),
      ...group(
        "answersReceived",
        answers.map((remark) => ({
          // Several answered remarks of one consultation are told apart by the part of the text they are on.
          title: remark.unit?.label ? `${remark.consultation.title}, ${remark.unit.label}` : remark.consultation.title,
          // The remark itself in the person's list on the consultation's page (components/consultations/own-remarks.tsx).
          href: {
            pathname: "/consultations/[slug]",
            params: { slug: remark.consultation.slug },
            hash: `remark-${remark.id}`,
          },
          count: null,
          deadline: null,
          answer: { decision: remark.decision, at: remark.answeredAt ?? now },
        })),
      ),
      ...group(
        "consents",
        consents.map((e) => ({ title: e.title, href: electionHref(e.slug), count: null, deadline: e.deadline })),
      ),
      ...group(
        "ownRequests",
        ownRequests.map((r) => ({
          title: r.name,
          href:
            r.kind === "organisation"
              ? { pathname: "/organisations/[slug]", params: { slug: r.slug } }
              : { pathname: "/institutions/[slug]", params: { slug: r.slug } },
          count: null,
          deadline: null,
        })),
      ),
      ...group(
        "watchedThreads",
        threads.map((t) => ({
          title: t.title,
          href: { pathname: "/forum/threads/[id]", params: { id: t.id } },
          count: t.count,
          deadline: null,
        })),
      ),
      ...group(
        "articles",
        articles.map((a) => ({
          title: a.title,
          href: { pathname: "/account/news/[id]", params: { id: a.id } },
          count: null,
          deadline: null,
          returned: a.returned,
        })),
      ),
      ...group(
        "documents",
        documents.map((d) => ({
          title: d.title,
          href: { pathname: "/account/library/[id]", params: { id: d.id } },
          count: null,
          deadline: null,
          returned: d.returned,
        })),
      ),
    ],
  };

  // Named and ordered as in the account menu: the organisations one acts for first.
  const organisations = memberships.filter((m) => m.kind === "organisation");
  const institutions = memberships.filter((m) => m.kind === "institution" && offices.includes(m.id));
  const organisationSections: MatterSection[] = organisations.map((organisation) => {
    const members: Href = { pathname: "/organisations/[slug]/members", params: { slug: organisation.slug } };
    const requests = joins.requests.get(organisation.id) ?? 0;
    const invitations = joins.invitations.get(organisation.id) ?? 0;
    return {
      kind: "organisation",
      id: organisation.id,
      name: organisation.name,
      groups: [
        ...group(
          "ballots",
          ballots
            .filter((b) => b.organisationId === organisation.id)
            .map((b) => ({
              title: b.title,
              // The ballot page casts one organisation's ballot, named in the query as the election's panel does.
              href: {
                pathname: "/elections/[slug]/vote",
                params: { slug: b.slug },
                query: { organizacja: organisation.id },
              },
              count: null,
              deadline: b.deadline,
            })),
        ),
        ...group(
          "recommendations",
          recommendations
            .filter((r) => r.organisationId === organisation.id)
            .map((r) => ({ title: r.title, href: electionHref(r.slug), count: null, deadline: r.deadline })),
        ),
        ...group(
          "offerInvitations",
          offerInvitations
            .filter((o) => o.organisationId === organisation.id)
            .map((o) => ({
              // The lead's name tells who asks; the offer's title may still be empty in a fresh draft.
              title: o.title ? `${o.leadName}: ${o.title}` : o.leadName,
              href: { pathname: "/offers/[id]", params: { id: o.offerId } },
              count: null,
              deadline: o.deadline,
            })),
        ),
        ...group(
          "joinRequests",
          requests > 0 ? [{ title: organisation.name, href: members, count: requests, deadline: null }] : [],
        ),
        ...group(
          "invitations",
          invitations > 0 ? [{ title: organisation.name, href: members, count: invitations, deadline: null }] : [],
        ),
        ...competitions.forOrganisation(organisation.id),
      ],
    };
  });

  const officeSections: MatterSection[] = institutions.map((office) => {
    const requests = officialRequests.get(office.id) ?? 0;
    const officials: Href = { pathname: "/institutions/[slug]/officials", params: { slug: office.slug } };
    return {
      kind: "office",
      id: office.id,
      name: office.name,
      groups: [
        ...group(
          "remarksToAnswer",
          toAnswer
            .filter((c) => c.institutionId === office.id)
            .map((c) => ({
              title: c.title,
              href: { pathname: "/consultations/[slug]/remarks", params: { slug: c.slug } },
              count: c.count,
              deadline: null,
              closes: { at: c.endsAt, past: c.endsAt <= now },
            })),
        ),
        ...group(
          "reportsToPublish",
          reports
            .filter((c) => c.institutionId === office.id)
            .map((c) => ({
              title: c.title,
              href: { pathname: "/consultations/[slug]/edit", params: { slug: c.slug } },
              count: null,
              deadline: null,
              closes: { at: c.endsAt, past: true },
              report: c.reportState ?? "NONE",
            })),
        ),
        ...group(
          "ideasToAnswer",
          ideas
            .filter((idea) => idea.institutionId === office.id)
            .map((idea) => ({
              title: idea.title,
              href: { pathname: "/ideas/[slug]", params: { slug: idea.slug } },
              count: null,
              deadline: idea.deadline,
            })),
        ),
        ...competitions.forOffice(office.id, office.slug),
        ...group(
          "officialRequests",
          requests > 0 ? [{ title: office.name, href: officials, count: requests, deadline: null }] : [],
        ),
      ],
    };
  });

  const sections = [personal, ...organisationSections, ...officeSections];
  const total = sections.reduce((sum, s) => sum + s.groups.reduce((n, g) => n + g.items.length, 0), 0);
  return { sections, total };
}

type Summary = Omit<Extract<MattersSummary, { signedIn: true }>, "signedIn">;

// The strip is asked on every view of the home page by everyone signed in, and
// gathering its counts takes about twenty queries: a person's counts are kept half a
// minute (the page they lead to is always read afresh). The key holds their
// memberships, so joining or leaving an organisation or office counts afresh.
const SUMMARY_SECONDS = 30;
const summaries = new TtlCache<Summary>({ ttlMs: SUMMARY_SECONDS * 1000, maxEntries: 20_000 });

const summaryKey = (actor: Actor) => JSON.stringify([actor.id, actor.organisations, actor.institutions]);

/** The home page's strip: how many items ask for action, by kind, and how many are news (kept briefly per person, see above). */
export async function mattersSummary(actor: Actor, now = new Date()): Promise<Summary> {
  const key = summaryKey(actor);
  const kept = summaries.get(key);
  if (kept) return kept;
  const generation = publicDataGeneration();
  const { sections } = await myMattersView(actor, now);
  const summary: Summary = { toDo: 0, toRead: 0, counts: {} };
  for (const section of sections)
    for (const { kind, items } of section.groups)
      for (const item of items) {
        const need = matterNeed(kind, item);
        if (need === "toRead") summary.toRead += 1;
        if (need !== "toDo") continue;
        summary.toDo += 1;
        summary.counts[kind] = (summary.counts[kind] ?? 0) + 1;
      }
  summaries.set(key, summary, 1, generation);
  return summary;
}
