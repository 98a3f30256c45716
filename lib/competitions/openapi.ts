// Open competitions' part of the OpenAPI 3.1 document (/api/v1/openapi.json).
// The parameters are those lib/competitions/open-data.ts validates.
import { listOperation, oneBySlugOperation } from "@/lib/directory/openapi-parts";
import { COMPETITIONS_API_DEFAULT_LIMIT, COMPETITIONS_API_MAX_LIMIT } from "@/lib/competitions/open-data";
import { PUBLIC_PHASES } from "@/lib/competitions/public-filters";
import { TaskForm } from "@/lib/generated/prisma/enums";

const filterParameters = [
  {
    name: "phase",
    description:
      "open (offers taken now; the default), upcoming (announced, not open yet), evaluation (deadline passed), decided (decided or annulled).",
    schema: { type: "string", enum: [...PUBLIC_PHASES], default: "open" },
  },
  {
    name: "office",
    description: "Id of the announcing office.",
    schema: { type: "string", pattern: "^[a-z0-9]{20,40}$" },
  },
  {
    name: "sphere",
    description: "Public-benefit sphere id.",
    schema: { type: "string", pattern: "^[a-z0-9-]{3,40}$" },
  },
  {
    name: "territory",
    description: "TERYT code of the region (2 digits), a powiat (4) or a gmina (7): competitions concerning it.",
    schema: { type: "string", pattern: "^(\\d{2}|\\d{4}|\\d{7})$" },
  },
  {
    name: "form",
    description: "Competitions with a task of this form.",
    schema: { type: "string", enum: Object.values(TaskForm) },
  },
  {
    name: "amount",
    description: "Whole PLN: competitions in which a grant of at least this much is possible.",
    schema: { type: "integer", minimum: 1 },
  },
  {
    name: "q",
    description:
      "Words of the title, description or the tasks' kinds, in any inflected form, with or without Polish diacritics.",
    schema: { type: "string", maxLength: 200 },
  },
].map((p) => ({ ...p, in: "query", required: false }));

const money = { type: ["string", "null"], description: "PLN with two decimals.", pattern: "^\\d+\\.\\d{2}$" };
const phase = { type: "string", enum: ["UPCOMING", "OPEN", "EVALUATION", "DECIDED", "ANNULLED"] };

export const competitionSchema = {
  type: "object",
  required: ["id", "slug", "title", "phase", "institution", "offersOpenAt", "offersDeadline", "totalPool", "url"],
  properties: {
    id: { type: "string" },
    slug: { type: "string" },
    title: { type: "string" },
    phase,
    institution: { type: "object", properties: { id: { type: "string" }, name: { type: "string" } } },
    offersOpenAt: { type: "string", format: "date-time" },
    offersDeadline: { type: "string", format: "date-time", description: "The current deadline (after any extension)." },
    totalPool: money,
    maxGrantPossible: { ...money, description: "The largest grant possible in any task, PLN." },
    spheres: {
      type: "array",
      items: {
        type: "object",
        properties: { id: { type: "string" }, code: { type: "string" }, name: { type: "string" } },
      },
    },
    url: { type: "string", format: "uri", description: "The competition's public page." },
  },
};

export const competitionDetailSchema = {
  type: "object",
  required: ["id", "slug", "title", "phase", "institution", "offersDeadline", "tasks", "url"],
  properties: {
    ...competitionSchema.properties,
    reference: { type: ["string", "null"], description: "The office's case reference." },
    summary: { type: "string", description: "Markdown, as announced." },
    implementationStartsOn: { type: ["string", "null"], format: "date" },
    implementationEndsOn: { type: ["string", "null"], format: "date" },
    selectionDueOn: { type: ["string", "null"], format: "date" },
    parameters: {
      type: "object",
      description: "What every offer is checked against; shares in basis points (1000 = 10%).",
    },
    tasks: {
      type: "array",
      items: {
        type: "object",
        properties: {
          number: { type: "string" },
          kindName: { type: "string" },
          sphereCode: { type: "string" },
          form: { type: "string", enum: Object.values(TaskForm) },
          pool: money,
          minGrant: money,
          maxGrant: money,
          status: { type: "string" },
          sameKindHistory: { type: "array", items: { type: "object" }, description: "Art. 13 ust. 2 pkt 7 UDPP." },
        },
      },
    },
    publications: { type: "array", items: { type: "object" } },
    deadlineChanges: { type: "array", items: { type: "object" }, description: "Every extension, oldest first." },
    contact: { type: "object" },
  },
};

export const competitionsOpenApiPaths = {
  "/competitions": listOperation({
    summary: "Announced open competitions for offers in one phase, matching the filters, a page at a time",
    parameters: filterParameters,
    pagination: { by: "page", maxLimit: COMPETITIONS_API_MAX_LIMIT, defaultLimit: COMPETITIONS_API_DEFAULT_LIMIT },
    page: "A page of competitions",
    schema: "Competition",
    sorts: ["deadline", "opening", "deadlineDesc"],
  }),
  "/competitions/{slug}": oneBySlugOperation({
    summary: "One announced open competition with its tasks, publications and deadline history",
    found: "The competition",
    schema: "CompetitionDetail",
    notFound: "No announced competition has this address",
  }),
};
