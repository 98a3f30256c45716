// Every route handler is built with routeHandler, the route twin of the action
// clients in lib/safe-action.ts. A route declares its name and either that it
// is public (feeds, open data, the election board: their own caching, nobody's
// permission) or the one permission it needs, checked before an upload is read:
// - an unscoped permission (signed in, administrator) is checked first of all;
// - a scoped one (organisation, institution) in the scope `scopeOf` finds on
//   the server from the validated params and query (never an id the client
//   claims); no such resource is NOT_FOUND, to visitors too.
// Params and query are validated with zod (a malformed id names nothing: 404),
// an upload is read with its byte limit enforced while it streams in,
// AppErrors become their status and code, anything else is logged and
// answered 500. Answers of routes that are not public are `no-store` unless
// the handler chose (a stored file's visibility decides), and a successful
// write drops cached public output as an action does.
import "server-only";
import type { z } from "zod";
import { can, isScoped, type Permission, type permissions, type Scope } from "@/lib/auth/permissions";
import { permissionRefusal } from "@/lib/auth/permission-refusal";
import { getCurrentUser, type CurrentUser } from "@/lib/auth/session";
import { publicDataChanged } from "@/lib/cache/public-data";
import { env } from "@/lib/env";
import { AppError, toPublicError, type AppErrorCode } from "@/lib/errors";
import { clientIpFrom, type ActionMeta } from "@/lib/http/request-context";
import { readUploadedForm, refusal as jsonRefusal } from "@/lib/http/upload";

/** How a route answers a refusal: JSON `{ error: { code } }` (the default), or the status alone (file downloads). */
export type RefusalAnswer = (status: number, code: AppErrorCode | string) => Response;

/** For routes whose refusals are only a status, as a browser fetching a file or image expects. */
export const bareRefusal: RefusalAnswer = (status) => new Response(null, { status });

/** Finds the scope from the validated params and query (docx-text names its institution in the query). */
type ScopeFinder<P, Q> = (params: P, query: Q) => Promise<Scope | null>;

type Access<P, Q> =
  | { public: true }
  | { permission: Permission; public?: never; scopeOf?: never }
  | { permission: Permission; scopeOf: ScopeFinder<P, Q>; public?: never };

type Kind<K extends Permission> = (typeof permissions)[K]["kind"];

/** The actor a body sees: none for public routes, possibly none where anyone may act, else the signed-in person. */
type ActorOf<A> = A extends { permission: infer K extends Permission }
  ? Kind<K> extends "anyone" | "anonymous"
    ? CurrentUser | null
    : CurrentUser
  : null;

type UploadLimit = { maxFileBytes: number } | undefined;

export interface RouteConfig<
  P extends z.ZodType,
  Q extends z.ZodType,
  A extends Access<z.output<P>, z.output<Q>>,
  U extends UploadLimit,
> {
  /** For logs: which route refused or failed. */
  name: string;
  access: A;
  /** The path's params (recordId for ids); a request that does not match names nothing and is NOT_FOUND. */
  params?: P;
  /** The query string's parameters, as one object of strings. */
  query?: Q;
  /** What a query that does not match is (INVALID, 400, unless the route treats it as naming nothing). */
  invalidQuery?: "INVALID" | "NOT_FOUND";
  /** A multipart upload with a "file" field: read before the body runs, at most maxFileBytes (plus the other fields). */
  upload?: U;
  /**
   * Checks of the person beyond the permission that must pass before an
   * upload is read (a suspended writer's bytes are not worth receiving): a
   * Response refuses, null admits.
   */
  admit?: (args: { actor: ActorOf<A>; params: z.output<P> }) => Promise<Response | null>;
  /** The route changes what visitors may see: a successful answer (2xx) drops cached public output. */
  writes?: boolean;
  refusal?: RefusalAnswer;
}

export interface RouteArgs<P, Q, Act, U> {
  request: Request;
  params: P;
  query: Q;
  actor: Act;
  /** Where the permission held (scoped routes); empty otherwise. */
  scope: Scope;
  /** What a write records about the request, for the audit log. */
  meta: ActionMeta;
  upload: U;
}

/** The uploaded file and the rest of the form, for routes that declared an upload. */
type Upload<U extends UploadLimit> = U extends { maxFileBytes: number } ? { file: File; form: FormData } : undefined;

/** A refusal the wrapper itself makes (a query that does not match), answered like an AppError. */
class RouteRefusal extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
  ) {
    super(code);
  }
}

/** The shape Next.js calls a route export with; the context is optional for routes without params. */
export type RouteFunction = (request: Request, context?: { params: Promise<unknown> }) => Promise<Response>;

/** The client's address from the request itself (the route has it at hand, unlike an action). */
function metaOf(request: Request): ActionMeta {
  return { ip: clientIpFrom(request.headers.get("x-forwarded-for"), env().TRUSTED_PROXY_HOPS) };
}

/**
 * A route handler: `config` declares the route, `body` answers a request that
 * passed every check. Throw AppError for a refusal with a standard code;
 * return a Response for anything else.
 */
export function routeHandler<
  P extends z.ZodType = z.ZodType<Record<string, never>>,
  Q extends z.ZodType = z.ZodType<Record<string, never>>,
  A extends Access<z.output<P>, z.output<Q>> = Access<z.output<P>, z.output<Q>>,
  U extends UploadLimit = undefined,
>(
  config: RouteConfig<P, Q, A, U>,
  body: (args: RouteArgs<z.output<P>, z.output<Q>, ActorOf<A>, Upload<U>>) => Promise<Response>,
): RouteFunction {
  const access: Access<z.output<P>, z.output<Q>> = config.access;
  const refuse = config.refusal ?? jsonRefusal;
  if ("permission" in access && access.permission !== undefined && isScoped(access.permission) !== !!access.scopeOf)
    throw new Error(`route ${config.name}: a scoped permission needs scopeOf, and only a scoped one`);

  async function answer(request: Request, context?: { params: Promise<unknown> }): Promise<Response> {
    let actor: CurrentUser | null = null;
    // An unscoped permission is checked before anything of the request is looked at.
    if (!access.public && !access.scopeOf) {
      actor = await getCurrentUser();
      if (!can(actor, access.permission)) throw permissionRefusal(actor, config.name, access.permission);
    }
    const params = config.params ? config.params.safeParse((await context?.params) ?? {}) : null;
    if (params && !params.success) throw new AppError("NOT_FOUND", `${config.name}: params`);
    const query = config.query ? config.query.safeParse(Object.fromEntries(new URL(request.url).searchParams)) : null;
    if (query && !query.success)
      throw config.invalidQuery === "NOT_FOUND"
        ? new AppError("NOT_FOUND", `${config.name}: query`)
        : new RouteRefusal(400, "INVALID");
    let scope: Scope = {};
    if (!access.public && access.scopeOf) {
      const found = await access.scopeOf(params?.data as z.output<P>, query?.data as z.output<Q>);
      if (!found) throw new AppError("NOT_FOUND", config.name);
      scope = found;
      actor = await getCurrentUser();
      if (!can(actor, access.permission, scope)) throw permissionRefusal(actor, config.name, access.permission, scope);
    }
    const refused = await config.admit?.({ actor: actor as ActorOf<A>, params: params?.data as z.output<P> });
    if (refused) return refused;
    let upload: { file: File; form: FormData } | undefined;
    if (config.upload) {
      const read = await readUploadedForm(request, config.upload.maxFileBytes);
      if (read instanceof Response) return read;
      upload = read;
    }
    return body({
      request,
      params: params?.data as z.output<P>,
      query: query?.data as z.output<Q>,
      actor: actor as ActorOf<A>,
      scope,
      meta: metaOf(request),
      upload: upload as Upload<U>,
    });
  }

  return async (request, context) => {
    let response: Response;
    try {
      response = await answer(request, context);
    } catch (error) {
      const { code, status } = error instanceof RouteRefusal ? error : toPublicError(error, { route: config.name });
      response = refuse(status, code);
    }
    if (config.writes && response.ok) publicDataChanged();
    // A public route's refusal (a 404 of a board, a failed feed) is not kept by shared caches either.
    return access.public && response.status < 400 ? response : withNoStore(response);
  };
}

/** Answers about one person's request are not for shared caches, unless the handler chose otherwise. */
function withNoStore(response: Response): Response {
  if (response.headers.has("Cache-Control")) return response;
  try {
    response.headers.set("Cache-Control", "no-store");
    return response;
  } catch {
    // Headers of a redirect or a fetched answer are immutable: answer a copy.
    const copy = new Response(response.body, response);
    copy.headers.set("Cache-Control", "no-store");
    return copy;
  }
}
