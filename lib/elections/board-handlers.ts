// The board as a file anyone may download and recount.
import { z } from "zod";
import { boardFile } from "@/lib/elections/results";

const params = z.object({ id: z.string().regex(/^[a-z0-9]{20,40}$/) });

export async function handleBoardDownload(
  _request: Request,
  context: { params: Promise<{ id: string }> },
): Promise<Response> {
  const parsed = params.safeParse(await context.params);
  const board = parsed.success ? await boardFile(parsed.data.id) : null;
  if (!board) return new Response("Not found", { status: 404 });
  return new Response(JSON.stringify(board, null, 1), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="tablica-${board.election.id}.json"`,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "no-store",
    },
  });
}
