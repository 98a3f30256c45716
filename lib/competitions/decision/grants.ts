// Every published grant as open data (/api/v1/grants, design §7.2): the
// awards of competitions whose results are out (and those decided before the
// platform held decisions: the demo's) that were not withdrawn or lapsed, and
// the small grants an office accepted (art. 19a). Filters by office, Polish
// year of the decision, sphere and form; keyset pages by (decision time, id),
// stable while new grants are added; JSON or CSV. Money as PLN with two
// decimals, exact from grosze.
import { z } from "zod";
import { db } from "@/lib/db/client";
import { apiError, cacheableJson, chargeClient } from "@/lib/directory/api-handlers";
import { csvLine } from "@/lib/directory/export";
import { Prisma } from "@/lib/generated/prisma/client";
import { TaskForm } from "@/lib/generated/prisma/enums";
import { rateLimitHeaders } from "@/lib/http/memory-rate-limit";
import { routeHandler } from "@/lib/http/route-handler";
import { plnDecimal } from "@/lib/offers/calc/money";
import { recordId } from "@/lib/validation/record-id";

export const GRANTS_API_DEFAULT_LIMIT = 100;
export const GRANTS_API_MAX_LIMIT = 500;

const cursorSchema = z.object({ at: z.iso.datetime(), id: z.string().max(40) });
type Cursor = z.infer<typeof cursorSchema>;

export const grantsQuery = z
  .object({
    institution: recordId.optional(),
    year: z.coerce.number().int().min(2000).max(2100).optional(),
    sphere: z
      .string()
      .regex(/^[0-9a-z]{1,10}$/)
      .optional(),
    form: z.enum(TaskForm).optional(),
    cursor: z.string().max(400).optional(),
    limit: z.coerce.number().int().min(1).max(GRANTS_API_MAX_LIMIT).optional(),
    format: z.enum(["json", "csv"]).optional(),
  })
  .strict();
export type GrantsQuery = z.output<typeof grantsQuery>;

const encodeCursor = (cursor: Cursor) => Buffer.from(JSON.stringify(cursor), "utf8").toString("base64url");
function decodeCursor(text: string): Cursor | null {
  try {
    const parsed = cursorSchema.safeParse(JSON.parse(Buffer.from(text, "base64url").toString("utf8")));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

type GrantRow = {
  id: string;
  source: "competition" | "small_grant";
  decidedAt: Date;
  amount: bigint;
  organisationName: string;
  organisationKrs: string | null;
  organisationSlug: string | null;
  title: string | null;
  institutionId: string;
  institutionName: string;
  competitionSlug: string | null;
  taskNumber: string | null;
  sphereCode: string | null;
  form: string | null;
};

/** One page of grants after `cursor`, oldest decision first. */
export async function listGrants(
  filters: Omit<GrantsQuery, "cursor" | "limit" | "format">,
  cursor: Cursor | null,
  limit: number,
) {
  const where = (alias: { at: Prisma.Sql; institution: Prisma.Sql; sphere: Prisma.Sql; form: Prisma.Sql }) =>
    Prisma.join(
      [
        filters.institution ? Prisma.sql`${alias.institution} = ${filters.institution}` : Prisma.sql`TRUE`,
        filters.year
          ? Prisma.sql`extract(year from ${alias.at} AT TIME ZONE 'Europe/Warsaw') = ${filters.year}`
          : Prisma.sql`TRUE`,
        filters.sphere ? Prisma.sql`${alias.sphere} = ${filters.sphere}` : Prisma.sql`TRUE`,
        filters.form ? Prisma.sql`${alias.form} = ${filters.form}` : Prisma.sql`TRUE`,
      ],
      " AND ",
    );
  const after = cursor
    ? Prisma.sql`("decidedAt", id) > (${new Date(cursor.at)}::timestamp, ${cursor.id})`
    : Prisma.sql`TRUE`;
  const rows = await db().$queryRaw<GrantRow[]>`
    SELECT * FROM (
      SELECT a.id, 'competition' AS source, a."decidedAt", a.amount,
             a."recipientName" AS "organisationName", o.krs AS "organisationKrs", o.slug AS "organisationSlug",
             f.title, c."institutionId", COALESCE(i."officeName", i.name) AS "institutionName",
             c.slug AS "competitionSlug", t.number AS "taskNumber", s.code AS "sphereCode", t.form::text AS form
      FROM "TaskAward" a
      JOIN "CompetitionTask" t ON t.id = a."taskId"
      JOIN "Competition" c ON c.id = t."competitionId"
      JOIN "Institution" i ON i.id = c."institutionId"
      JOIN "PublicBenefitSphere" s ON s.id = t."sphereId"
      LEFT JOIN "Organisation" o ON o.id = a."organisationId"
      LEFT JOIN "Offer" f ON f.id = a."offerId"
      WHERE c.status = 'DECIDED' AND a.status NOT IN ('WITHDRAWN', 'LAPSED')
        AND ${where({ at: Prisma.sql`a."decidedAt"`, institution: Prisma.sql`c."institutionId"`, sphere: Prisma.sql`s.code`, form: Prisma.sql`t.form::text` })}
      UNION ALL
      SELECT g.id, 'small_grant' AS source, g."decidedAt", g."awardedAmount" AS amount,
             o.name AS "organisationName", o.krs AS "organisationKrs", o.slug AS "organisationSlug",
             f.title, f."institutionId", COALESCE(i."officeName", i.name) AS "institutionName",
             NULL AS "competitionSlug", NULL AS "taskNumber", NULL AS "sphereCode", NULL AS form
      FROM "SmallGrantCase" g
      JOIN "Offer" f ON f.id = g."offerId"
      JOIN "Institution" i ON i.id = f."institutionId"
      JOIN "Organisation" o ON o.id = f."leadOrganisationId"
      WHERE g.stage = 'ACCEPTED' AND g."awardedAmount" IS NOT NULL AND g."decidedAt" IS NOT NULL
        AND ${where({ at: Prisma.sql`g."decidedAt"`, institution: Prisma.sql`f."institutionId"`, sphere: Prisma.sql`NULL::text`, form: Prisma.sql`NULL::text` })}
    ) grants
    WHERE ${after}
    ORDER BY "decidedAt", id
    LIMIT ${limit + 1}`;
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map(toPublicGrant),
    next: rows.length > limit && last ? encodeCursor({ at: last.decidedAt.toISOString(), id: last.id }) : null,
  };
}

function toPublicGrant(row: GrantRow) {
  return {
    id: row.id,
    source: row.source,
    decidedAt: row.decidedAt.toISOString(),
    amount: plnDecimal(Number(row.amount)),
    organisation: { name: row.organisationName, krs: row.organisationKrs, slug: row.organisationSlug },
    title: row.title,
    institution: { id: row.institutionId, name: row.institutionName },
    competition: row.competitionSlug ? { slug: row.competitionSlug, taskNumber: row.taskNumber } : null,
    sphereCode: row.sphereCode,
    form: row.form,
  };
}
export type PublicGrant = ReturnType<typeof toPublicGrant>;

const CSV_COLUMNS = [
  "id",
  "source",
  "decidedAt",
  "amount",
  "organisation",
  "krs",
  "title",
  "institution",
  "competition",
  "task",
  "sphere",
  "form",
];
const csvRow = (g: PublicGrant) => [
  g.id,
  g.source,
  g.decidedAt,
  g.amount,
  g.organisation.name,
  g.organisation.krs ?? "",
  g.title ?? "",
  g.institution.name,
  g.competition?.slug ?? "",
  g.competition?.taskNumber ?? "",
  g.sphereCode ?? "",
  g.form ?? "",
];

/** GET /api/v1/grants */
export const handleGrants = routeHandler(
  {
    name: "grants.api.list",
    access: { public: true },
    refusal: (status: number, code: string) => apiError(status, code),
  },
  async ({ request }) => {
    const decision = chargeClient(request);
    if (!decision.allowed) return apiError(429, "RATE_LIMITED", {}, rateLimitHeaders(decision));
    const url = new URL(request.url);
    const parsed = grantsQuery.safeParse(Object.fromEntries(url.searchParams));
    if (!parsed.success) {
      const parameters = [
        ...new Set(
          parsed.error.issues.flatMap((issue) =>
            issue.path[0] ? [String(issue.path[0])] : issue.code === "unrecognized_keys" ? issue.keys : [],
          ),
        ),
      ];
      return apiError(400, "INVALID_PARAMETERS", { parameters }, rateLimitHeaders(decision));
    }
    const { cursor: cursorText, limit = GRANTS_API_DEFAULT_LIMIT, format = "json", ...filters } = parsed.data;
    const cursor = cursorText ? decodeCursor(cursorText) : null;
    if (cursorText && !cursor)
      return apiError(400, "INVALID_PARAMETERS", { parameters: ["cursor"] }, rateLimitHeaders(decision));
    const { items, next } = await listGrants(filters, cursor, limit);
    const nextLink = next
      ? (() => {
          const link = new URL(url);
          link.searchParams.set("cursor", next);
          return link.pathname + link.search;
        })()
      : null;
    if (format === "csv")
      return new Response(`\uFEFF${csvLine(CSV_COLUMNS)}${items.map((g) => csvLine(csvRow(g))).join("")}`, {
        headers: {
          "Content-Type": "text/csv; charset=utf-8",
          "Cache-Control": "public, max-age=300",
          ...(nextLink ? { Link: `<${nextLink}>; rel="next"` } : {}),
          ...rateLimitHeaders(decision),
        },
      });
    return cacheableJson(
      request,
      { data: items, meta: { limit, sort: "decidedAt" }, links: { self: url.pathname + url.search, next: nextLink } },
      rateLimitHeaders(decision),
    );
  },
);
