import { openSecret, sealSecret } from "@/lib/security/secret-box";

const key = "k".repeat(32);

describe("secret box", () => {
  it("opens what it sealed, and nothing sealed under another key or tampered with", () => {
    const sealed = sealSecret("JBSWY3DPEHPK3PXP", key);
    expect(sealed).not.toContain("JBSWY3DPEHPK3PXP");
    expect(sealSecret("JBSWY3DPEHPK3PXP", key)).not.toBe(sealed); // a fresh IV each time
    expect(openSecret(sealed, key)).toBe("JBSWY3DPEHPK3PXP");
    expect(openSecret(sealed, "o".repeat(32))).toBeNull();
    const [v, iv, tag, data] = sealed.split(".");
    const flipped = `${data![0] === "A" ? "B" : "A"}${data!.slice(1)}`;
    expect(openSecret([v, iv, tag, flipped].join("."), key)).toBeNull();
    expect(openSecret("garbage", key)).toBeNull();
  });
});
