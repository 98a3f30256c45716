// The board as a file anyone may download and recount.
import { z } from "zod";
import { boardFile } from "@/lib/elections/results";
import { recordId } from "@/lib/validation/record-id";

const params = z.object({ id: recordId });

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
