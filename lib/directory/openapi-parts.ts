// The parts of the OpenAPI document (/api/v1/openapi.json) that every list of
// the open data API shares: the error body and its responses, the ETag's 304,
// the pagination parameters, a page of results and one result by its slug.
// The directory, the ideas board and the partner requests describe their
// own filters and records and build their paths with these.

/** The error body every endpoint answers with (components.schemas.Error). */
export const errorSchema = {
  type: "object",
  required: ["error"],
  properties: {
    error: {
      type: "object",
      required: ["code"],
      properties: { code: { type: "string" }, parameters: { type: "array", items: { type: "string" } } },
    },
  },
};

export const errorResponse = (description: string) => ({
  description,
  content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
});

const notModified = { description: "Not modified since the ETag sent in If-None-Match" };

/**
 * How a list is paged: by an opaque cursor (links.next), or by page number
 * (links.next and links.prev); `limit` up to `maxLimit`.
 */
export type Pagination = { by: "cursor" | "page"; maxLimit: number; defaultLimit: number };

function paginationParameters({ by, maxLimit, defaultLimit }: Pagination) {
  const limit = {
    name: "limit",
    in: "query",
    required: false,
    schema: { type: "integer", minimum: 1, maximum: maxLimit, default: defaultLimit },
  };
  if (by === "page")
    return [{ name: "page", in: "query", required: false, schema: { type: "integer", minimum: 1, default: 1 } }, limit];
  return [
    limit,
    {
      name: "cursor",
      in: "query",
      required: false,
      description: "Opaque: copy links.next to get the following page.",
      schema: { type: "string" },
    },
  ];
}

/** GET of a list: its parameters, then the pagination's; a page of `schema` records, with total, limit and sort. */
export function listOperation({
  summary,
  parameters,
  pagination,
  page,
  schema,
  sorts,
  extraMeta = {},
}: {
  summary: string;
  parameters: object[];
  pagination: Pagination;
  /** The 200 response's description: "A page of …". */
  page: string;
  /** The record's name in components.schemas. */
  schema: string;
  sorts: readonly string[];
  /** Further fields of `meta` this list may send. */
  extraMeta?: Record<string, object>;
}) {
  const byPage = pagination.by === "page";
  return {
    get: {
      summary,
      parameters: [...parameters, ...paginationParameters(pagination)],
      responses: {
        "200": {
          description: page,
          content: {
            "application/json": {
              schema: {
                type: "object",
                required: ["data", "meta", "links"],
                properties: {
                  data: { type: "array", items: { $ref: `#/components/schemas/${schema}` } },
                  meta: {
                    type: "object",
                    properties: {
                      total: { type: "integer" },
                      ...(byPage ? { page: { type: "integer" } } : {}),
                      limit: { type: "integer" },
                      sort: { type: "string", enum: [...sorts] },
                      ...extraMeta,
                    },
                  },
                  links: {
                    type: "object",
                    properties: {
                      self: { type: "string" },
                      next: { type: ["string", "null"] },
                      ...(byPage ? { prev: { type: ["string", "null"] } } : {}),
                    },
                  },
                },
              },
            },
          },
        },
        "304": notModified,
        "400": errorResponse("A parameter is not valid; error.parameters names them"),
        "429": errorResponse("Too many requests; see Retry-After"),
      },
    },
  };
}

/** GET of one record by its slug; 404 says which records have addresses. */
export function oneBySlugOperation({
  summary,
  found,
  schema,
  notFound,
}: {
  summary: string;
  /** The 200 response's description. */
  found: string;
  schema: string;
  notFound: string;
}) {
  return {
    get: {
      summary,
      parameters: [{ name: "slug", in: "path", required: true, schema: { type: "string" } }],
      responses: {
        "200": {
          description: found,
          content: {
            "application/json": {
              schema: {
                type: "object",
                required: ["data"],
                properties: { data: { $ref: `#/components/schemas/${schema}` } },
              },
            },
          },
        },
        "304": notModified,
        "404": errorResponse(notFound),
        "429": errorResponse("Too many requests; see Retry-After"),
      },
    },
  };
}
