import { createHash } from "node:crypto";
import { inlineScriptHashes, isFrameworkScript, withScriptSources } from "@/lib/security/inline-script-hashes";

const hashOf = (text: string) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

const start = "(self.__next_f=self.__next_f||[]).push([0])";
const payload = 'self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\nż\\n"])';
const chunks =
  '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["static/chunks/a.js"],"runtimeModuleIds":[1]});';

describe("inlineScriptHashes", () => {
  it("hashes the text of Next.js's inline scripts as the browser does (UTF-8, base64)", () => {
    // The value openssl gives for this text (openssl dgst -sha256 -binary | base64).
    expect(inlineScriptHashes(`<script>${start}</script>`)).toEqual([
      "'sha256-OBTN3RiyCV4Bq7dFqZ5a2pAXjnCcCYeTJMO2I/LYKeo='",
    ]);
    expect(inlineScriptHashes(`<body><script>${payload}</script></body>`)).toEqual([hashOf(payload)]);
  });

  it("reads scripts with attributes, in any case, each hash once and in page order", () => {
    const html = `<script id="_R_" nonce="x">${chunks}</script><SCRIPT type="text/javascript">${start}</SCRIPT ><script>${start}</script><script async="">${payload}</script>`;
    expect(inlineScriptHashes(html)).toEqual([hashOf(chunks), hashOf(start), hashOf(payload)]);
  });

  it("skips scripts loaded from a file (their src is allowed by 'self', not by a hash)", () => {
    expect(inlineScriptHashes('<script src="/_next/static/chunks/a.js" async=""></script>')).toEqual([]);
    expect(inlineScriptHashes(`<script async src=/a.js>${start}</script>`)).toEqual([]);
    // data-src is not src.
    expect(inlineScriptHashes(`<script data-src="/a.js">${start}</script>`)).toEqual([hashOf(start)]);
  });

  it("gives data blocks such as JSON-LD no hash: the browser never runs them, whatever they hold", () => {
    const jsonLd = '{"@context":"https://schema.org","@type":"NGO","name":"Fundacja"}';
    expect(inlineScriptHashes(`<script type="application/ld+json">${jsonLd}</script>`)).toEqual([]);
    expect(inlineScriptHashes(`<script type='application/ld+json'>${payload}</script>`)).toEqual([]);
    // But a module or a classic script with an explicit type runs, and is judged like any other.
    expect(inlineScriptHashes(`<script type="module">${start}</script>`)).toEqual([hashOf(start)]);
    expect(inlineScriptHashes(`<script type="module">alert(1)</script>`)).toEqual([]);
  });

  it("never hashes a script injected into the page, even one that starts like Next.js's", () => {
    const injected = [
      "alert(document.cookie)",
      'self.__next_f.push([1,"x"]);alert(1)',
      'self.__next_f.push([1,"x"]),alert(1)',
      "self.__next_f.push([1,alert(1)])",
      "self.__next_f.push(alert(1))",
      "(self.__next_f=self.__next_f||[]).push([0]);alert(1)",
      '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"a":1});alert(1)',
      '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push(alert(1));',
      "",
    ];
    for (const text of injected) {
      expect(isFrameworkScript(text)).toBe(false);
      expect(inlineScriptHashes(`<p>${start}</p><script>${text}</script>`)).toEqual([]);
    }
  });

  it("judges a script the same the second time, from memory, and never lets memory admit another", () => {
    const page = `<script>${payload}</script><script>alert(1)</script>`;
    expect(inlineScriptHashes(page)).toEqual([hashOf(payload)]);
    expect(inlineScriptHashes(page)).toEqual([hashOf(payload)]);
    // A script that differs from a remembered one by a character is judged afresh.
    const tampered = payload.replace("])", "]);alert(1)");
    expect(inlineScriptHashes(`<script>${tampered}</script>`)).toEqual([]);
    // Many different scripts later, the first is still judged right.
    for (let i = 0; i < 600; i++) inlineScriptHashes(`<script>self.__next_f.push([1,"${i}"])</script>`);
    expect(inlineScriptHashes(page)).toEqual([hashOf(payload)]);
  });

  it("finds nothing in a page without inline scripts", () => {
    expect(inlineScriptHashes("<!DOCTYPE html><html><body><p>Kontakt</p></body></html>")).toEqual([]);
  });
});

describe("withScriptSources", () => {
  const policy = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; object-src 'none'";

  it("adds the hashes to script-src alone, keeping every other directive", () => {
    const hashes = [hashOf(start), hashOf(payload)];
    expect(withScriptSources(policy, hashes)).toBe(
      `default-src 'self'; script-src 'self' ${hashes.join(" ")}; style-src 'self' 'unsafe-inline'; object-src 'none'`,
    );
  });

  it("leaves a policy without script-src (the API's default-src 'none') alone: adding one would allow scripts", () => {
    const api = "default-src 'none'; frame-ancestors 'none'; sandbox";
    expect(withScriptSources(api, [hashOf(start)])).toBe(api);
  });

  it("leaves the policy as it is when there is nothing to add", () => {
    expect(withScriptSources(policy, [])).toBe(policy);
  });
});
