// Open partner requests' part of the OpenAPI 3.1 document (/api/v1/openapi.json).
// Parameter lists come from the schemas the API validates with.
import { listOperation, oneBySlugOperation } from "@/lib/directory/openapi-parts";
import { LegalForm, PartnerRole } from "@/lib/generated/prisma/enums";
import { competences, resources } from "@/lib/partnerships/capabilities";
import { closingWindows, partnerKindValues, partnerRequestSorts } from "@/lib/partnerships/list/filters";
import { PARTNER_REQUESTS_API_DEFAULT_LIMIT, PARTNER_REQUESTS_API_MAX_LIMIT } from "@/lib/partnerships/list/open-data";

const filterParameters = [
  {
    name: "q",
    description:
      "Words of the title, the initiative or the call, in any inflected form, with or without Polish diacritics; a request matching any of them is found, the most matching first when sorted by relevance.",
    schema: { type: "string", maxLength: 200 },
  },
  {
    name: "role",
    description: "The role a partner is sought for.",
    schema: { type: "string", enum: Object.values(PartnerRole) },
  },
  {
    name: "sphere",
    description: "Public-benefit sphere id.",
    schema: { type: "string", pattern: "^[a-z0-9-]{1,40}$" },
  },
  {
    name: "territory",
    description:
      "TERYT code of a powiat (4 digits) or a gmina (7): requests seeking partners there (or in a unit enclosing or within it), requests with no territory limit, requests whose radius from the author's seat reaches it, and requests whose author has its seat there.",
    schema: { type: "string", pattern: "^(\\d{4}|\\d{7})$" },
  },
  {
    name: "partner",
    description:
      "The kind of partner: a legal form (requests open to it), localGovernment (requests welcoming offices) or withoutPublicBenefit (requests not requiring public-benefit status).",
    schema: { type: "string", enum: [...partnerKindValues] },
  },
  {
    name: "closing",
    description: "Replies close within this many days.",
    schema: { type: "string", enum: [...closingWindows] },
  },
  {
    name: "closesBy",
    description: "Replies close on or before this day.",
    schema: { type: "string", format: "date" },
  },
].map((p) => ({ ...p, in: "query", required: false }));

const codes = (list: readonly string[]) => ({ type: "array", items: { type: "string", enum: [...list] } });
const nullableDate = { type: ["string", "null"], format: "date" };

export const partnerRequestSchema = {
  type: "object",
  required: ["id", "slug", "title", "roles", "repliesCloseOn", "maxPartners", "interestCount", "author", "url"],
  properties: {
    id: { type: "string" },
    slug: { type: "string" },
    title: { type: "string" },
    initiative: { type: "string", description: "The initiative or project, Markdown as written." },
    call: {
      type: ["object", "null"],
      properties: { name: { type: ["string", "null"] }, url: { type: ["string", "null"], format: "uri" } },
    },
    roles: { type: "array", items: { type: "string", enum: Object.values(PartnerRole) } },
    partnerKinds: {
      type: "object",
      properties: {
        legalForms: {
          type: "array",
          description: "Legal forms sought; empty: any.",
          items: { type: "string", enum: Object.values(LegalForm) },
        },
        requiresPublicBenefit: { type: "boolean" },
        welcomesLocalGovernment: { type: "boolean" },
      },
    },
    radiusKm: { type: ["integer", "null"], description: "Partners sought within this distance of the author's seat." },
    needs: { type: "object", properties: { competences: codes(competences), resources: codes(resources) } },
    offers: { type: "object", properties: { competences: codes(competences), resources: codes(resources) } },
    partnerGives: { type: "string" },
    partnerGets: { type: "string" },
    budget: {
      type: ["object", "null"],
      properties: { sharePercent: { type: ["integer", "null"] }, note: { type: ["string", "null"] } },
    },
    timeline: {
      type: "object",
      properties: { startsOn: nullableDate, endsOn: nullableDate, note: { type: ["string", "null"] } },
    },
    repliesCloseOn: { type: "string", format: "date", description: "The last day interest is taken (Polish time)." },
    maxPartners: { type: "integer" },
    acceptedCount: { type: "integer" },
    interestCount: { type: "integer" },
    openedAt: { type: "string", format: "date-time" },
    renewedAt: { type: ["string", "null"], format: "date-time" },
    author: {
      type: ["object", "null"],
      description: "The organisation or office that posted it (never the person, never contact details).",
      properties: {
        kind: { type: "string", enum: ["organisation", "institution"] },
        slug: { type: "string" },
        name: { type: "string" },
      },
    },
    sphereIds: { type: "array", items: { type: "string" } },
    territories: {
      type: "array",
      items: { type: "object", properties: { teryt: { type: "string" }, name: { type: "string" } } },
    },
    url: { type: "string", format: "uri", description: "The request's public page." },
  },
};

export const partnerRequestsOpenApiPaths = {
  "/partner-requests": listOperation({
    summary: "Open partner requests matching the filters, a page at a time (closed, expired and hidden ones never)",
    parameters: [
      ...filterParameters,
      {
        name: "sort",
        in: "query",
        required: false,
        description: "closing (soonest first; the default without q), newest, relevance (the default with q).",
        schema: { type: "string", enum: [...partnerRequestSorts] },
      },
    ],
    pagination: {
      by: "page",
      maxLimit: PARTNER_REQUESTS_API_MAX_LIMIT,
      defaultLimit: PARTNER_REQUESTS_API_DEFAULT_LIMIT,
    },
    page: "A page of requests",
    schema: "PartnerRequest",
    sorts: partnerRequestSorts,
  }),
  "/partner-requests/{slug}": oneBySlugOperation({
    summary: "One open partner request",
    found: "The request",
    schema: "PartnerRequest",
    notFound: "No open request has this address",
  }),
};
