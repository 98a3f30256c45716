import { expect, test } from "@playwright/test";
import { axeViolations } from "./axe";
import { newClientContext } from "./clients";
import { signIn } from "./accounts-helpers";

const ENTRY = "/pomysly/wspolny-kalendarz-wydarzen-w-nysie";

test("a resident comments on an entry mentioning a representative, who quotes the comment in a reply and hears of the mention", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const stamp = Date.now().toString(36);
  const resident = await (await newClientContext(browser)).newPage();
  await signIn(resident, "mieszkaniec@demo.example.org", "demo-mieszkaniec");
  await expect(resident).not.toHaveURL(/\/logowanie/);
  await resident.goto(ENTRY);
  await expect(resident.getByRole("heading", { level: 2, name: /^Dyskusja/ })).toBeVisible();
  expect(await axeViolations(resident)).toEqual([]);

  // Sent empty: the field says why, and nothing is written.
  await resident.getByRole("button", { name: "Wyślij komentarz" }).click();
  await expect(resident.getByText("Komentarz jest pusty. Napisz co najmniej 2 znaki.").first()).toBeVisible();

  const body = resident.getByLabel(/^Treść komentarza/);
  await body.fill(`Kalendarz przyda się też klubom sportowym (${stamp}). Pytanie do `);
  const mention = resident.getByRole("combobox", { name: "Wspomnij osobę lub organizację" });
  await mention.fill("tomasz spol");
  await expect(resident.getByRole("option", { name: /Tomasz Społeczny/ })).toBeVisible();
  await resident.keyboard.press("ArrowDown");
  await resident.keyboard.press("Enter");
  await expect(body).toHaveValue(/Pytanie do @\[Tomasz Społeczny\]\(user:[a-z0-9]+\) $/);
  await resident.getByRole("button", { name: "Wyślij komentarz" }).click();
  await expect(resident.getByText("Komentarz dodany.")).toBeVisible();
  const comment = resident.getByRole("listitem").filter({ hasText: `klubom sportowym (${stamp})` });
  await expect(comment.locator("strong", { hasText: "@Tomasz Społeczny" })).toBeVisible();
  const number = (await comment.getAttribute("id"))!.replace("komentarz-", "");
  expect(await axeViolations(resident)).toEqual([]);

  // The representative quotes it and replies.
  const ngo = await (await newClientContext(browser)).newPage();
  await signIn(ngo, "ngo@demo.example.org", "demo-ngo");
  await expect(ngo).not.toHaveURL(/\/logowanie/);
  await ngo.goto("/powiadomienia");
  await expect(
    ngo.getByText(/Wspomniano Cię \(lub Twoją organizację\) w dyskusji pod wpisem Wspólny kalendarz/).first(),
  ).toBeVisible();
  await ngo.goto(ENTRY);
  await ngo.getByRole("button", { name: `Cytuj komentarz nr ${number}` }).click();
  const reply = ngo.getByLabel(/^Treść komentarza/);
  await expect(reply).toBeFocused();
  await expect(reply).toHaveValue(
    new RegExp(`^> Anna Mieszkańska, komentarz nr ${number}\\n>\\n> Kalendarz przyda się`),
  );
  await reply.press("End");
  await reply.pressSequentially(`Zgłosimy nasze zawody (${stamp}).`);
  await ngo.getByRole("button", { name: "Wyślij komentarz" }).click();
  await expect(ngo.getByText("Komentarz dodany.")).toBeVisible();
  const answer = ngo.getByRole("listitem").filter({ hasText: `Zgłosimy nasze zawody (${stamp}).` });
  await expect(answer.locator("blockquote")).toContainText(`klubom sportowym (${stamp})`);
  // Quoting does not mention the quoted people again: the quotation shows the name as plain text.
  await expect(answer.locator("blockquote")).toContainText("@Tomasz Społeczny");
  expect(await axeViolations(ngo)).toEqual([]);
});
