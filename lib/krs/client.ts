// The KRS register's public API: the current extract of one entity. Register
// S (associations, foundations) first, then P (cooperatives) on 404; of
// register P only social cooperatives are organisations the platform takes.
import { env } from "@/lib/env";
import { log } from "@/lib/log";
import { isNgoForm, KrsMappingError, mapKrsExtract, type KrsData } from "@/lib/krs/mapping";

export type KrsFailure = "KRS_NOT_FOUND" | "KRS_NOT_NGO" | "KRS_TIMEOUT" | "KRS_MALFORMED" | "KRS_UNAVAILABLE";

export class KrsError extends Error {
  constructor(
    readonly failure: KrsFailure,
    detail?: string,
  ) {
    super(detail ?? failure);
    this.name = "KrsError";
  }
}

async function fetchRegister(krs: string, register: "S" | "P"): Promise<unknown | null> {
  const url = `${env().KRS_API_URL.replace(/\/$/, "")}/OdpisAktualny/${krs}?rejestr=${register}&format=json`;
  let response: Response;
  try {
    response = await fetch(url, {
      signal: AbortSignal.timeout(env().KRS_TIMEOUT_MS),
      headers: { accept: "application/json" },
    });
  } catch (error) {
    const timeout = error instanceof DOMException && (error.name === "TimeoutError" || error.name === "AbortError");
    log.warn("KRS request failed", { krs, register, timeout, error });
    throw new KrsError(timeout ? "KRS_TIMEOUT" : "KRS_UNAVAILABLE");
  }
  if (response.status === 404) return null;
  if (!response.ok) throw new KrsError("KRS_UNAVAILABLE", `HTTP ${response.status}`);
  try {
    return await response.json();
  } catch {
    throw new KrsError("KRS_MALFORMED", "not JSON");
  }
}

/** The entity's current data, or a KrsError saying why not. `krs` is the 10-digit number. */
export async function fetchKrsData(krs: string): Promise<KrsData> {
  for (const register of ["S", "P"] as const) {
    const json = await fetchRegister(krs, register);
    if (json === null) continue;
    let data: KrsData;
    try {
      data = mapKrsExtract(json);
    } catch (error) {
      if (error instanceof KrsMappingError) throw new KrsError("KRS_MALFORMED", error.message);
      throw error;
    }
    if (register === "P" && !isNgoForm(data.legalForm)) throw new KrsError("KRS_NOT_NGO", data.legalFormText);
    return data;
  }
  throw new KrsError("KRS_NOT_FOUND");
}
