import { authenticate } from "@/lib/accounts/authenticate";
import { confirmEmailChange, requestEmailChange } from "@/lib/accounts/change-email";
import { db } from "@/lib/db/client";
import { createPerson } from "@/tests/factories/people";
import { createInstanceSettings } from "@/tests/factories/settings";

const ip = { ip: "203.0.113.30" };
const password = "stary rower pod lasem";

const person = (email: string) => createPerson({ email, name: "Olga Adresowa", password });

async function mailTo(to: string) {
  return db().devMailboxMessage.findMany({ where: { to }, orderBy: { createdAt: "asc" } });
}

const tokenIn = (text: string) => /\/potwierdz-nowy-adres\?token=([A-Za-z0-9_-]{43})/.exec(text)![1]!;

beforeAll(async () => {
  await createInstanceSettings();
});

describe("changing the e-mail address", () => {
  it("takes effect only when confirmed at the new address, and tells the old one", async () => {
    const olga = await person("olga@example.org");
    expect(
      await requestEmailChange(olga.id, { newEmail: "olga.nowa@example.org", currentPassword: password }, ip),
    ).toEqual({ ok: true });
    expect((await db().user.findUniqueOrThrow({ where: { id: olga.id } })).email).toBe("olga@example.org");

    const [notice] = await mailTo("olga@example.org");
    expect(notice!.text).toContain("olga.nowa@example.org");
    const [confirmation] = await mailTo("olga.nowa@example.org");
    await confirmEmailChange(tokenIn(confirmation!.text), ip);

    expect((await db().user.findUniqueOrThrow({ where: { id: olga.id } })).email).toBe("olga.nowa@example.org");
    await expect(authenticate("olga.nowa@example.org", password, ip)).resolves.toMatchObject({ id: olga.id });
    await expect(confirmEmailChange(tokenIn(confirmation!.text), ip)).rejects.toMatchObject({ code: "LINK_USED" });
    expect(await db().auditEvent.count({ where: { action: "account.email_changed", actorUserId: olga.id } })).toBe(1);
  });

  it("does not reveal that the new address is taken: its owner gets a notice instead", async () => {
    const piotr = await person("piotr@example.org");
    await person("zajety@example.org");
    expect(
      await requestEmailChange(piotr.id, { newEmail: "zajety@example.org", currentPassword: password }, ip),
    ).toEqual({ ok: true });
    const mails = await mailTo("zajety@example.org");
    expect(mails.map((m) => m.subject)).toEqual([expect.stringMatching(/^Próba użycia Twojego adresu/)]);
    expect(await db().accountToken.count({ where: { userId: piotr.id, purpose: "CHANGE_EMAIL" } })).toBe(0);
  });

  it("needs the current password and a different address", async () => {
    const ala = await person("ala@example.org");
    expect(
      await requestEmailChange(ala.id, { newEmail: "ala2@example.org", currentPassword: "wrong" }, ip),
    ).toMatchObject({
      ok: false,
      problem: "currentPasswordWrong",
    });
    expect(
      await requestEmailChange(ala.id, { newEmail: "ala@example.org", currentPassword: password }, ip),
    ).toMatchObject({
      ok: false,
      problem: "emailUnchanged",
    });
    expect(await mailTo("ala2@example.org")).toHaveLength(0);
  });

  it("refuses the link when another account took the address in between, and changes nothing", async () => {
    const ewa = await person("ewa@example.org");
    await requestEmailChange(ewa.id, { newEmail: "sporny@example.org", currentPassword: password }, ip);
    const [confirmation] = await mailTo("sporny@example.org");
    await person("sporny@example.org");
    await expect(confirmEmailChange(tokenIn(confirmation!.text), ip)).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await db().user.findUniqueOrThrow({ where: { id: ewa.id } })).email).toBe("ewa@example.org");
  });
});
