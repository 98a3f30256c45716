// The browser's fetch for components that ask the server for their reader's
// part (the viewer islands, the header's account area, the personal pages'
// frame). jsdom has no Response: the fake gives the little of one they read.
// Installed before each test of the file that calls it, its calls cleared.

/** The body of a successful answer (status 200), or the status of a failed one. */
type Answer<T> = T | { failStatus: number };

/** A failed answer with `status`, for `next` to return. */
export const failedAnswer = (status = 500): { failStatus: number } => ({ failStatus: status });

/** Answers every fetch with what `next()` returns at that moment; the mock is returned for assertions. */
export function fakeFetch<T>(next: () => Answer<T>) {
  const fetchMock = jest.fn(async (..._args: unknown[]) => {
    const answer = next();
    const status = typeof answer === "object" && answer !== null && "failStatus" in answer ? answer.failStatus : 200;
    return { ok: status === 200, status, json: async () => (status === 200 ? answer : {}) };
  });
  beforeEach(() => {
    fetchMock.mockClear();
    global.fetch = fetchMock as unknown as typeof fetch;
  });
  return fetchMock;
}
