// A local stand-in for the KRS API, answering with the real extracts in
// tests/fixtures/krs (register S), plus crafted cases: a company and a social
// cooperative in register P, a malformed answer and one that never comes.
import { readdirSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";

const dir = path.join(process.cwd(), "tests", "fixtures", "krs");
export const fixture = (krs: string) =>
  JSON.parse(
    readFileSync(
      path.join(
        dir,
        readdirSync(dir).find((f) => f.includes(krs))!,
      ),
      "utf8",
    ),
  ) as { odpis: any }; // eslint-disable-line @typescript-eslint/no-explicit-any

function inRegisterP(krs: string, form: string) {
  const extract = fixture("0000431452");
  extract.odpis.naglowekA.rejestr = "RejP";
  extract.odpis.naglowekA.numerKRS = krs;
  extract.odpis.dane.dzial1.danePodmiotu.formaPrawna = form;
  return extract;
}

export const KRS_COMPANY = "0000999999";
export const KRS_COOPERATIVE = "0000666666";
export const KRS_MALFORMED = "0000888888";
export const KRS_SILENT = "0000777777";

export async function startKrsServer(
  port = 0,
): Promise<{ url: string; requests: string[]; close: () => Promise<void> }> {
  const requests: string[] = [];
  const known = new Set(readdirSync(dir).flatMap((f) => /krs-(\d{10})/.exec(f)?.[1] ?? []));
  const server: Server = createServer((request, response) => {
    requests.push(request.url ?? "");
    const url = new URL(request.url ?? "/", "http://localhost");
    const krs = /\/OdpisAktualny\/(\d{10})$/.exec(url.pathname)?.[1] ?? "";
    const register = url.searchParams.get("rejestr");
    const json = (status: number, body: unknown) => {
      response.writeHead(status, { "content-type": "application/json" });
      response.end(JSON.stringify(body));
    };
    if (krs === KRS_SILENT) return; // never answers
    if (krs === KRS_MALFORMED) {
      response.writeHead(200, { "content-type": "text/html" });
      return response.end("<html>maintenance</html>");
    }
    if (register === "S" && known.has(krs)) return json(200, fixture(krs));
    if (register === "P" && krs === KRS_COMPANY)
      return json(200, inRegisterP(krs, "SPÓŁKA Z OGRANICZONĄ ODPOWIEDZIALNOŚCIĄ"));
    if (register === "P" && krs === KRS_COOPERATIVE) return json(200, inRegisterP(krs, "SPÓŁDZIELNIA SOCJALNA"));
    json(404, { type: "about:blank", title: "Not Found", status: 404 });
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const address = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${address.port}/api/krs`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
