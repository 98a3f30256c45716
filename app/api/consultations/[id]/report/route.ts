import { downloadReport } from "@/lib/consultations/download-handlers";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

export async function GET(request: Request, { params }: Context): Promise<Response> {
  return downloadReport(request, (await params).id);
}
