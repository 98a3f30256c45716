// The results' part of the OpenAPI 3.1 document (/api/v1/openapi.json):
// what lib/competitions/decision/open-data.ts answers.
import { listOperation, oneBySlugOperation } from "@/lib/directory/openapi-parts";
import { TaskForm } from "@/lib/generated/prisma/enums";
import { GRANTS_API_DEFAULT_LIMIT, GRANTS_API_MAX_LIMIT } from "@/lib/competitions/decision/grants";

const money = { type: "string", description: "PLN with two decimals.", pattern: "^\\d+\\.\\d{2}$" };
const day = { type: ["string", "null"], format: "date" };

export const competitionResultsSchema = {
  type: "object",
  required: ["competition", "notices", "tasks"],
  properties: {
    competition: {
      type: "object",
      properties: {
        id: { type: "string" },
        slug: { type: "string" },
        title: { type: "string" },
        reference: { type: ["string", "null"] },
        status: { type: "string", enum: ["DECIDED", "ANNULLED"] },
        institution: { type: "object", properties: { slug: { type: "string" }, name: { type: "string" } } },
        url: { type: "string", format: "uri" },
      },
    },
    notices: {
      type: "array",
      description:
        "The results notices, oldest first (art. 15 ust. 2h UDPP); a competition decided before the platform held notices has none.",
      items: {
        type: "object",
        properties: {
          kind: { type: "string", enum: ["RESULTS", "ANNULMENT", "CORRECTION"] },
          publishedAt: { type: "string", format: "date-time", description: "On the platform." },
          channels: {
            type: "object",
            description:
              "The days the office published the notice in the channels of art. 13 ust. 3 UDPP (null: not recorded).",
            properties: { bip: day, noticeBoard: day, website: day },
          },
          bipUrl: { type: ["string", "null"], format: "uri" },
        },
      },
    },
    reasonsRequestsUntil: {
      type: ["string", "null"],
      format: "date-time",
      description: "Requests for the reasons (art. 15 ust. 2j UDPP) are taken before this instant.",
    },
    tasks: {
      type: "array",
      items: {
        type: "object",
        properties: {
          number: { type: "string" },
          kindName: { type: "string" },
          form: { type: "string", enum: Object.values(TaskForm) },
          pool: money,
          outcome: { type: ["string", "null"], enum: ["FUNDED", "NONE_FUNDED", "ANNULLED", null] },
          annulmentGround: { type: ["string", "null"], enum: ["NO_OFFERS", "NO_VALID_OFFER", null] },
          awards: {
            type: "array",
            items: {
              type: "object",
              properties: {
                organisation: {
                  type: "object",
                  properties: {
                    name: { type: "string" },
                    krs: { type: ["string", "null"] },
                    slug: { type: ["string", "null"] },
                  },
                },
                coApplicants: { type: "array", items: { type: "object" } },
                offerTitle: { type: ["string", "null"] },
                amount: money,
                status: { type: "string" },
              },
            },
          },
        },
      },
    },
  },
};

export const grantSchema = {
  type: "object",
  required: ["id", "source", "decidedAt", "amount", "organisation", "institution"],
  properties: {
    id: { type: "string" },
    source: {
      type: "string",
      enum: ["competition", "small_grant"],
      description: "An open competition's award or a small grant (art. 19a UDPP).",
    },
    decidedAt: { type: "string", format: "date-time" },
    amount: money,
    organisation: {
      type: "object",
      properties: { name: { type: "string" }, krs: { type: ["string", "null"] }, slug: { type: ["string", "null"] } },
    },
    title: { type: ["string", "null"], description: "The offer's title." },
    institution: { type: "object", properties: { id: { type: "string" }, name: { type: "string" } } },
    competition: {
      type: ["object", "null"],
      properties: { slug: { type: "string" }, taskNumber: { type: "string" } },
    },
    sphereCode: { type: ["string", "null"], description: "The task's public-benefit sphere (art. 4 UDPP point)." },
    form: { type: ["string", "null"], enum: [...Object.values(TaskForm), null] },
  },
};

const grantFilters = [
  {
    name: "institution",
    description: "Id of the granting office.",
    schema: { type: "string", pattern: "^[a-z0-9]{20,40}$" },
  },
  {
    name: "year",
    description: "Year of the decision, in Polish time.",
    schema: { type: "integer", minimum: 2000, maximum: 2100 },
  },
  { name: "sphere", description: "The task's sphere code (competitions only).", schema: { type: "string" } },
  {
    name: "form",
    description: "The task's form (competitions only).",
    schema: { type: "string", enum: Object.values(TaskForm) },
  },
  {
    name: "format",
    description: "csv: the same page as a CSV file (UTF-8 with BOM; the next page in the Link header).",
    schema: { type: "string", enum: ["json", "csv"], default: "json" },
  },
].map((p) => ({ ...p, in: "query", required: false }));

const grantsList = listOperation({
  summary: "Every published grant: awards of decided competitions and accepted small grants, oldest decision first",
  parameters: grantFilters,
  pagination: { by: "cursor", maxLimit: GRANTS_API_MAX_LIMIT, defaultLimit: GRANTS_API_DEFAULT_LIMIT },
  page: "A page of grants",
  schema: "Grant",
  sorts: ["decidedAt"],
});

export const decisionOpenApiPaths = {
  "/grants": {
    get: {
      ...grantsList.get,
      responses: {
        ...grantsList.get.responses,
        "200": {
          ...grantsList.get.responses["200"],
          content: { ...grantsList.get.responses["200"].content, "text/csv": {} },
        },
      },
    },
  },
  "/competitions/{slug}/results": oneBySlugOperation({
    summary: "A decided or annulled competition's published results: per task the organisations and amounts granted",
    found: "The results",
    schema: "CompetitionResults",
    notFound: "No competition with this address has published results",
  }),
};

export const decisionOpenApiSchemas = { CompetitionResults: competitionResultsSchema, Grant: grantSchema };
