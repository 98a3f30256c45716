// The OpenAPI 3.1 description of the open data API. Parameter lists come from
// the same schemas the API validates with, so the two cannot drift apart.
import { LegalForm, TargetGroup } from "@/lib/generated/prisma/enums";
import { directorySorts } from "@/lib/directory/filters";
import { API_DEFAULT_LIMIT, API_MAX_LIMIT } from "@/lib/directory/open-data";
import { errorResponse, errorSchema, listOperation } from "@/lib/directory/openapi-parts";
import { competitionDetailSchema, competitionSchema, competitionsOpenApiPaths } from "@/lib/competitions/openapi";
import { decisionOpenApiPaths, decisionOpenApiSchemas } from "@/lib/competitions/decision/openapi";
import { ideaSchema, ideasOpenApiPaths } from "@/lib/ideas/feeds/openapi";
import { competences, resources } from "@/lib/partnerships/capabilities";
import { partnerRequestSchema, partnerRequestsOpenApiPaths } from "@/lib/partnerships/list/openapi";

const searchParameters = [
  {
    name: "q",
    description:
      "Words of the name, abbreviation, description or aims, or of the seat's town, the spheres' Polish names and the target groups (\"dzieci\"), in any inflected form, with or without Polish diacritics.",
    schema: { type: "string", maxLength: 200 },
  },
  {
    name: "sphere",
    description: "Public-benefit sphere id (art. 4 UDPP), e.g. udpp-4-1-17.",
    schema: { type: "string", pattern: "^[a-z0-9-]{1,40}$" },
  },
  { name: "form", description: "Legal form.", schema: { type: "string", enum: Object.values(LegalForm) } },
  {
    name: "powiat",
    description: "TERYT code of the powiat of the seat (4 digits).",
    schema: { type: "string", pattern: "^\\d{4}$" },
  },
  {
    name: "gmina",
    description: "TERYT code of the gmina of the seat (7 digits).",
    schema: { type: "string", pattern: "^\\d{7}$" },
  },
  { name: "group", description: "Target group.", schema: { type: "string", enum: Object.values(TargetGroup) } },
  {
    name: "opp",
    description: "Only public benefit organisations (OPP).",
    schema: { type: "string", enum: ["1", "true"] },
  },
  {
    name: "verified",
    description: "Only organisations verified by the platform's administrators.",
    schema: { type: "string", enum: ["1", "true"] },
  },
  {
    name: "sort",
    description: "Order: relevance (default with q), name (default without), newest.",
    schema: { type: "string", enum: [...directorySorts] },
  },
].map((p) => ({ ...p, in: "query", required: false }));

const organisation = {
  type: "object",
  required: [
    "id",
    "slug",
    "name",
    "legalForm",
    "seat",
    "publicBenefitStatus",
    "verified",
    "inLiquidation",
    "sphereIds",
    "targetGroups",
    "addedAt",
    "url",
    "partnership",
  ],
  properties: {
    id: { type: "string" },
    slug: { type: "string" },
    name: { type: "string" },
    shortName: { type: ["string", "null"] },
    legalForm: { type: "string", enum: Object.values(LegalForm) },
    krs: { type: ["string", "null"], pattern: "^\\d{10}$" },
    nip: { type: ["string", "null"], pattern: "^\\d{10}$" },
    regon: { type: ["string", "null"], pattern: "^(\\d{9}|\\d{14})$" },
    registeredOn: { type: ["string", "null"], format: "date", description: "Entry into the KRS register." },
    seat: {
      type: "object",
      required: ["teryt", "name"],
      properties: { teryt: { type: "string" }, name: { type: "string" } },
    },
    publicBenefitStatus: { type: "boolean" },
    verified: { type: "boolean" },
    inLiquidation: { type: "boolean" },
    sphereIds: { type: "array", items: { type: "string" } },
    targetGroups: { type: "array", items: { type: "string", enum: Object.values(TargetGroup) } },
    addedAt: { type: "string", format: "date-time", description: "When the organisation was added to the platform." },
    url: { type: "string", format: "uri", description: "The organisation's public page." },
    partnership: {
      type: ["object", "null"],
      description:
        "What the organisation offers partners and needs from them (its partnership profile); null when it has said nothing about partnerships. Its past projects are on its page.",
      required: [
        "openToPartnerships",
        "offeredCompetences",
        "neededCompetences",
        "offeredResources",
        "neededResources",
        "workingLanguages",
        "tags",
        "pastProjects",
      ],
      properties: {
        openToPartnerships: { type: "boolean", description: "Looking for partners now." },
        offeredCompetences: { type: "array", items: { type: "string", enum: [...competences] } },
        neededCompetences: { type: "array", items: { type: "string", enum: [...competences] } },
        offeredResources: { type: "array", items: { type: "string", enum: [...resources] } },
        neededResources: { type: "array", items: { type: "string", enum: [...resources] } },
        workingLanguages: {
          type: "array",
          items: { type: "string", pattern: "^[a-z]{2}$" },
          description: "ISO 639-1 codes.",
        },
        tags: { type: "array", items: { type: "string" }, description: "The organisation's own keywords, lower case." },
        pastProjects: { type: "integer", minimum: 0, description: "How many past projects with partners it lists." },
      },
    },
  },
};

export function openApiDocument(baseUrl: string) {
  return {
    openapi: "3.1.0",
    info: {
      title: "ngo-platform open data",
      version: "1.0.0",
      description:
        "The directory of non-governmental organisations, and the published entries of the ideas board with their offices' answer clocks, open partner requests, and announced open competitions for offers, as open data. Public facts only. Responses carry an ETag (send If-None-Match to get 304) and may be cached for 60 s. Each client may make API_RATE_LIMIT_PER_MINUTE requests a minute (an export counts ten); beyond it the answer is 429 with Retry-After.",
      license: { name: "CC BY 4.0", url: "https://creativecommons.org/licenses/by/4.0/" },
    },
    servers: [{ url: new URL("/api/v1", baseUrl).toString() }],
    paths: {
      "/organisations": listOperation({
        summary: "Organisations matching a search, a page at a time",
        parameters: searchParameters,
        pagination: { by: "cursor", maxLimit: API_MAX_LIMIT, defaultLimit: API_DEFAULT_LIMIT },
        page: "A page of organisations",
        schema: "Organisation",
        sorts: directorySorts,
        extraMeta: {
          suggestion: {
            type: "string",
            description:
              "Sent only when q finds nothing: the query with each word that finds nothing replaced by the nearest word of the organisations' names (a typo corrected), when that query finds something with the same filters. Search again with it as q.",
          },
        },
      }),
      "/organisations/export": {
        get: {
          summary: "All organisations matching a search, as a CSV or XLSX file",
          parameters: [
            ...searchParameters,
            { name: "format", in: "query", required: true, schema: { type: "string", enum: ["csv", "xlsx"] } },
            {
              name: "locale",
              in: "query",
              required: false,
              description: "Language of the column headings and labels.",
              schema: { type: "string", enum: ["pl", "en", "de"], default: "pl" },
            },
          ],
          responses: {
            "200": {
              description: "The file",
              content: { "text/csv": {}, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {} },
            },
            "400": errorResponse("A parameter is not valid"),
            "429": errorResponse("Too many requests"),
          },
        },
      },
      ...ideasOpenApiPaths,
      ...partnerRequestsOpenApiPaths,
      ...competitionsOpenApiPaths,
      ...decisionOpenApiPaths,
    },
    components: {
      schemas: {
        Organisation: organisation,
        Idea: ideaSchema,
        PartnerRequest: partnerRequestSchema,
        Competition: competitionSchema,
        CompetitionDetail: competitionDetailSchema,
        ...decisionOpenApiSchemas,
        Error: errorSchema,
      },
    },
  };
}
