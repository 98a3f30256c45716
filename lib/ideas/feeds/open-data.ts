// The ideas board as open data: what the JSON API publishes of an entry, and
// its cursor. Only what the entry's page shows everyone: the organisation an
// entry was written for, never the person; the clock as dates and a flag.
import { z } from "zod";
import { env } from "@/lib/env";
import { clockState } from "@/lib/ideas/clocks";
import type { IdeaCursor, PublicIdeaRow } from "@/lib/ideas/feeds/queries";
import type { Locale } from "@/lib/i18n/locales";
import { getPathname } from "@/lib/i18n/navigation";

export const IDEAS_API_DEFAULT_LIMIT = 50;
export const IDEAS_API_MAX_LIMIT = 100;

/** The absolute address of an entry's page. */
export function ideaUrl(slug: string, locale: Locale = "pl"): string {
  return new URL(
    getPathname({ href: { pathname: "/ideas/[slug]", params: { slug } }, locale }),
    env().APP_URL,
  ).toString();
}

const cursorSchema = z.object({ at: z.iso.datetime(), id: z.string().max(40) });

export function encodeIdeaCursor(cursor: IdeaCursor): string {
  return Buffer.from(JSON.stringify({ at: cursor.publishedAt.toISOString(), id: cursor.id }), "utf8").toString(
    "base64url",
  );
}

/** The cursor, or null when it is not one of ours. */
export function decodeIdeaCursor(text: string): IdeaCursor | null {
  try {
    const parsed = cursorSchema.safeParse(JSON.parse(Buffer.from(text, "base64url").toString("utf8")));
    return parsed.success ? { publishedAt: new Date(parsed.data.at), id: parsed.data.id } : null;
  } catch {
    return null;
  }
}

/** Whether the first answer is past its deadline now. */
export const isOverdue = (row: Pick<PublicIdeaRow, "answerDueAt" | "firstAnsweredAt">, now: Date) =>
  clockState(row, now).kind === "overdue";

/** An entry as the API publishes it. */
export function toPublicIdea(row: PublicIdeaRow, now: Date) {
  return {
    id: row.id,
    slug: row.slug,
    kind: row.kind,
    title: row.title,
    description: row.body,
    status: row.status,
    addressee: row.addressee,
    institution: row.institution
      ? { id: row.institution.id, slug: row.institution.slug, name: row.institution.officeName ?? row.institution.name }
      : null,
    organisation: row.organisation
      ? { id: row.organisation.id, slug: row.organisation.slug, name: row.organisation.name }
      : null,
    task:
      row.kind === "TASK_PROPOSAL"
        ? {
            scope: row.taskScope,
            placeAndTime: row.taskPlaceAndTime,
            expectedResults: row.taskExpectedResults,
            estimatedCost: row.taskEstimatedCost === null ? null : row.taskEstimatedCost.toFixed(2),
          }
        : null,
    sphereIds: row.spheres.map((s) => s.sphere.id),
    territories: row.territories.map((t) => ({ teryt: t.territory.code, name: t.territory.name })),
    publishedAt: row.publishedAt?.toISOString() ?? null,
    answerDueAt: row.answerDueAt?.toISOString() ?? null,
    mustAnswer: row.mustAnswerSince !== null,
    firstAnsweredAt: row.firstAnsweredAt?.toISOString() ?? null,
    lastAnsweredAt: row.lastAnsweredAt?.toISOString() ?? null,
    overdue: isOverdue(row, now),
    supports: { people: row.personSupportCount, organisations: row.organisationSupportCount },
    commentCount: row.commentCount,
    mergedInto: row.mergedInto?.visibility === "PUBLISHED" ? row.mergedInto.slug : null,
    url: ideaUrl(row.slug),
  };
}
export type PublicIdea = ReturnType<typeof toPublicIdea>;
