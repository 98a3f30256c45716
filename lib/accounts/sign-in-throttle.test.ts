import { MAX_OWNER_DELAY_MS, networkOf, ownerDelayMs } from "@/lib/accounts/sign-in-throttle";

describe("networkOf", () => {
  it("groups IPv4 addresses by /24 and IPv6 addresses by /64, however they are written", () => {
    expect(networkOf("203.0.113.44")).toBe(networkOf("203.0.113.200"));
    expect(networkOf("203.0.113.44")).not.toBe(networkOf("203.0.114.44"));
    expect(networkOf("::ffff:203.0.113.9")).toBe(networkOf("203.0.113.44"));
    expect(networkOf("2001:db8:0:1::5")).toBe(networkOf("2001:0db8:0000:0001:ffff::1"));
    expect(networkOf("2001:db8:0:1::5")).not.toBe(networkOf("2001:db8:0:2::5"));
    expect(networkOf("::1")).toBe("0:0:0:0");
  });
});

describe("ownerDelayMs", () => {
  it("is nothing up to the limit, then doubles from a second, never beyond the cap", () => {
    expect([9, 10, 11, 12, 13, 14, 15, 40].map(ownerDelayMs)).toEqual([
      0,
      0,
      1000,
      2000,
      4000,
      8000,
      MAX_OWNER_DELAY_MS,
      MAX_OWNER_DELAY_MS,
    ]);
  });
});
