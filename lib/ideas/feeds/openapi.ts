// The ideas board's part of the OpenAPI 3.1 document (/api/v1/openapi.json).
// Parameter lists come from the schemas the API validates with.
import { IdeaAddressee, IdeaKind, IdeaStatus } from "@/lib/generated/prisma/enums";
import { listOperation, oneBySlugOperation } from "@/lib/directory/openapi-parts";
import { IDEAS_API_DEFAULT_LIMIT, IDEAS_API_MAX_LIMIT } from "@/lib/ideas/feeds/open-data";

const filterParameters = [
  {
    name: "kind",
    description: "NEED (a need or problem), SUGGESTION (an idea for cooperation), TASK_PROPOSAL (art. 12 UDPP).",
    schema: { type: "string", enum: Object.values(IdeaKind) },
  },
  {
    name: "status",
    description: "Where the addressee's answer stands.",
    schema: { type: "string", enum: Object.values(IdeaStatus) },
  },
  {
    name: "office",
    description: "Who the entries are addressed to: an office's id (as on the list page), operator or council.",
    schema: { type: "string", pattern: "^(operator|council|[a-z0-9]{20,40})$" },
  },
  {
    name: "sphere",
    description: "Public-benefit sphere id.",
    schema: { type: "string", pattern: "^[a-z0-9-]{1,40}$" },
  },
  {
    name: "territory",
    description:
      "TERYT code of the region (2 digits), a powiat (4) or a gmina (7): entries concerning it or a unit within it.",
    schema: { type: "string", pattern: "^(\\d{2}|\\d{4}|\\d{7})$" },
  },
  {
    name: "organisation",
    description: "Id of the organisation an entry was written for (as on the list page).",
    schema: { type: "string", pattern: "^[a-z0-9]{20,40}$" },
  },
  {
    name: "q",
    description: "Words of the title or description, in any inflected form, with or without Polish diacritics.",
    schema: { type: "string", maxLength: 200 },
  },
].map((p) => ({ ...p, in: "query", required: false }));

const nullableDate = { type: ["string", "null"], format: "date-time" };

export const ideaSchema = {
  type: "object",
  required: ["id", "slug", "kind", "title", "description", "status", "addressee", "supports", "overdue", "url"],
  properties: {
    id: { type: "string" },
    slug: { type: "string" },
    kind: { type: "string", enum: Object.values(IdeaKind) },
    title: { type: "string" },
    description: { type: "string", description: "Markdown, as written." },
    status: { type: "string", enum: Object.values(IdeaStatus) },
    addressee: { type: "string", enum: Object.values(IdeaAddressee) },
    institution: {
      type: ["object", "null"],
      properties: { id: { type: "string" }, slug: { type: "string" }, name: { type: "string" } },
    },
    organisation: {
      type: ["object", "null"],
      description: "The organisation the entry was written for (null when written by a person as themselves).",
      properties: { id: { type: "string" }, slug: { type: "string" }, name: { type: "string" } },
    },
    task: {
      type: ["object", "null"],
      description: "For TASK_PROPOSAL: what the proposal of a public task states.",
      properties: {
        scope: { type: ["string", "null"] },
        placeAndTime: { type: ["string", "null"] },
        expectedResults: { type: ["string", "null"] },
        estimatedCost: { type: ["string", "null"], description: "PLN, two decimals." },
      },
    },
    sphereIds: { type: "array", items: { type: "string" } },
    territories: {
      type: "array",
      items: { type: "object", properties: { teryt: { type: "string" }, name: { type: "string" } } },
    },
    publishedAt: nullableDate,
    answerDueAt: { ...nullableDate, description: "When the addressee's first answer is due." },
    mustAnswer: { type: "boolean", description: "Enough organisations support it that the addressee must answer." },
    firstAnsweredAt: nullableDate,
    lastAnsweredAt: nullableDate,
    overdue: { type: "boolean", description: "No answer yet and the deadline has passed." },
    supports: {
      type: "object",
      properties: { people: { type: "integer" }, organisations: { type: "integer" } },
    },
    commentCount: { type: "integer" },
    mergedInto: { type: ["string", "null"], description: "Slug of the entry this one was merged into." },
    url: { type: "string", format: "uri", description: "The entry's public page." },
  },
};

export const ideasOpenApiPaths = {
  "/ideas": listOperation({
    summary: "Published entries of the ideas board matching the filters, newest first, a page at a time",
    parameters: filterParameters,
    pagination: { by: "cursor", maxLimit: IDEAS_API_MAX_LIMIT, defaultLimit: IDEAS_API_DEFAULT_LIMIT },
    page: "A page of entries",
    schema: "Idea",
    sorts: ["newest"],
  }),
  "/ideas/{slug}": oneBySlugOperation({
    summary: "One published entry of the ideas board",
    found: "The entry",
    schema: "Idea",
    notFound: "No published entry has this address",
  }),
};
