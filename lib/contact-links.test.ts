import { telHref } from "@/lib/contact-links";

describe("telHref", () => {
  it("keeps only the digits and the leading plus", () => {
    expect(telHref("+48 77 541-65-00")).toBe("tel:+48775416500");
    expect(telHref("77 541 65 00")).toBe("tel:775416500");
  });
});
