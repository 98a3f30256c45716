import {
  queueFiltersFrom,
  queuePage,
  queuePageHref,
  queueWindow,
  type QueueFilters,
  type QueueSource,
} from "@/lib/moderation/queue";

const CUID = "ckv3t5q0000001l8h2q3r4s5t";

/** A queue of `size` numbered rows, narrowed by author "even"; records what it was asked for. */
function numbers(size: number) {
  const asked: { filters: QueueFilters; skip: number; take: number }[] = [];
  const all = (filters: QueueFilters) =>
    Array.from({ length: size }, (_, index) => index + 1).filter((n) => (filters.author ? n % 2 === 0 : true));
  const source: QueueSource<number> = {
    count: async (filters) => all(filters).length,
    rows: async (filters, { skip, take }) => {
      asked.push({ filters, skip, take });
      return all(filters).slice(skip, skip + take);
    },
  };
  return { source, asked };
}

describe("the moderators' queue read", () => {
  it("reads filters from a page's address, dropping what is malformed", () => {
    expect(queueFiltersFrom({ topic: "ochrona-zdrowia", author: CUID, page: "3" })).toEqual({
      topic: "ochrona-zdrowia",
      author: CUID,
      page: 3,
    });
    expect(queueFiltersFrom({ topic: "'; drop", author: "x", page: "-1" })).toEqual({});
    expect(queueFiltersFrom({ topic: [CUID, "other"] })).toEqual({ topic: CUID });
  });

  it("pages through the rows, with their count, narrowed by the filters", async () => {
    const { source, asked } = numbers(25);
    expect(await queuePage(source, { page: 2 }, 10)).toEqual({
      items: [11, 12, 13, 14, 15, 16, 17, 18, 19, 20],
      total: 25,
      page: 2,
      pageCount: 3,
      pageSize: 10,
    });
    expect((await queuePage(source, { author: CUID }, 10)).total).toBe(12);
    expect(asked.at(-1)).toEqual({ filters: { author: CUID }, skip: 0, take: 10 });
  });

  it("shows the last page for a page past the end (the queue shrank meanwhile), and one empty page for none", async () => {
    expect(await queuePage(numbers(12).source, { page: 9 }, 10)).toMatchObject({ items: [11, 12], page: 2 });
    expect(await queuePage(numbers(0).source, {}, 10)).toEqual({
      items: [],
      total: 0,
      page: 1,
      pageCount: 1,
      pageSize: 10,
    });
  });

  it("starts the first page at the first row", () => {
    expect(queueWindow({})).toEqual({ skip: 0, take: 100 });
    expect(queueWindow({ page: 3 }, 20)).toEqual({ skip: 40, take: 20 });
  });

  it("links to another page keeping the filters; the first page has no page number", () => {
    expect(queuePageHref("/moderacja/biblioteka", { topic: "kultura", author: CUID, page: 3 }, 2)).toBe(
      `/moderacja/biblioteka?topic=kultura&author=${CUID}&page=2`,
    );
    expect(queuePageHref("/moderacja/biblioteka", { page: 2 }, 1)).toBe("/moderacja/biblioteka");
  });
});
