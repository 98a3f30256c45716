// The read side of the publishing path: what waits for the moderators, one
// page at a time, narrowed to a topic (a sphere of public benefit, a forum
// category) or an author (an organisation, a forum member). Each kind of
// content says how a filter reads in its own rows (QueueSource); paging and
// the filters' shape are the same everywhere, so a moderator's link
// (?topic=…&author=…&page=2) means the same on every queue.
import { z } from "zod";
import { recordId } from "@/lib/validation/record-id";

/** Queues show this many items a page unless a kind asks otherwise; no queue is longer than this today. */
export const QUEUE_PAGE_SIZE = 100;

export type QueueFilters = {
  /** The topic's id in this kind of content (a sphere, a forum category). */
  topic?: string;
  /** The author's id in this kind of content (an organisation, a forum member). */
  author?: string;
  /** From 1. */
  page?: number;
};

/** The filters from a queue page's address; anything malformed is dropped rather than refused (a stale bookmark). */
export const queueFiltersSchema = z.object({
  // A sphere's id is a slug ("ochrona-zdrowia"), a forum category's a record id: both fit this pattern.
  topic: z
    .string()
    .regex(/^[a-z0-9-]{3,40}$/)
    .optional()
    .catch(undefined),
  author: recordId.optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined),
});

export function queueFiltersFrom(searchParams: Record<string, string | string[] | undefined>): QueueFilters {
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
  return queueFiltersSchema.parse({
    topic: first(searchParams.topic),
    author: first(searchParams.author),
    page: first(searchParams.page),
  });
}

/** Where one page of a queue starts and how long it is. */
export type QueueWindow = { skip: number; take: number };

/** How one kind of content reads its queue: the rows matching the filters, in the queue's order, and their count. */
export type QueueSource<Row> = {
  count(filters: QueueFilters): Promise<number>;
  rows(filters: QueueFilters, window: QueueWindow): Promise<Row[]>;
};

export type QueuePage<Row> = { items: Row[]; total: number; page: number; pageCount: number; pageSize: number };

export function queueWindow(filters: QueueFilters, pageSize = QUEUE_PAGE_SIZE): QueueWindow {
  return { skip: ((filters.page ?? 1) - 1) * pageSize, take: pageSize };
}

/** One page of a queue; a page past the end shows the last one (the queue shrank while the moderator worked). */
export async function queuePage<Row>(
  source: QueueSource<Row>,
  filters: QueueFilters = {},
  pageSize = QUEUE_PAGE_SIZE,
): Promise<QueuePage<Row>> {
  const total = await source.count(filters);
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(filters.page ?? 1, pageCount);
  const items = await source.rows(filters, queueWindow({ ...filters, page }, pageSize));
  return { items, total, page, pageCount, pageSize };
}

/** The address of another page of a queue, keeping its filters. */
export function queuePageHref(basePath: string, filters: QueueFilters, page: number): string {
  const query = new URLSearchParams();
  if (filters.topic) query.set("topic", filters.topic);
  if (filters.author) query.set("author", filters.author);
  if (page > 1) query.set("page", String(page));
  const search = query.toString();
  return search ? `${basePath}?${search}` : basePath;
}
