import { clientIpFrom } from "@/lib/http/request-context";

describe("clientIpFrom", () => {
  it("takes the address Next.js appended, not what the client wrote", () => {
    expect(clientIpFrom("6.6.6.6, 10.0.0.7", 0)).toBe("10.0.0.7");
  });

  it("looks past trusted proxies", () => {
    expect(clientIpFrom("6.6.6.6, 203.0.113.5, 10.0.0.2", 1)).toBe("203.0.113.5");
  });

  it("copes with nothing or too few entries", () => {
    expect(clientIpFrom(null, 0)).toBeNull();
    expect(clientIpFrom("203.0.113.5", 3)).toBe("203.0.113.5");
  });
});
