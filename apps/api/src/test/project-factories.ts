import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { SAMPLE_FILES, uploadFile } from './attachment-factories';
import type { TestClient } from './test-client';

/**
 * Takes a funded project from "agreement pending" to "active" as a coordinator does: dates and
 * both signatures, the agreement issued and its signed copy uploaded, then activation.
 * Returns the project as the API answers after activation.
 */
export async function activateProject(
  app: NestFastifyApplication,
  coordinator: TestClient,
  projectId: string,
  dates: { startDate?: string; endDate?: string; granteeSignedOn?: string; funderSignedOn?: string } = {},
): Promise<{ id: string; version: number; status: string }> {
  const current = await coordinator.get(`/api/projects/${projectId}`);
  const patch = {
    version: current.body.version,
    startDate: dates.startDate ?? current.body.startDate ?? '2027-03-01',
    endDate: dates.endDate ?? current.body.endDate ?? '2027-10-31',
    granteeSignedOn: dates.granteeSignedOn ?? '2027-02-20',
    funderSignedOn: dates.funderSignedOn ?? '2027-02-21',
  };
  const dated = await coordinator.patch(`/api/projects/${projectId}`, patch);
  if (dated.status !== 200) throw new Error(`dating the project answered ${dated.status}: ${JSON.stringify(dated.body)}`);
  const issued = await coordinator.post(`/api/projects/${projectId}/agreement/issue`);
  if (issued.status !== 201) throw new Error(`issuing the agreement answered ${issued.status}`);
  const signed = await uploadFile(app, coordinator, `/api/projects/${projectId}/agreement/signed-copies`, { name: 'parakstits.pdf', content: SAMPLE_FILES.pdf });
  if (signed.status !== 201) throw new Error(`uploading the signed copy answered ${signed.status}`);
  const before = await coordinator.get(`/api/projects/${projectId}`);
  const active = await coordinator.post(`/api/projects/${projectId}/transitions`, { version: before.body.version, action: 'activate' });
  if (active.status !== 200) throw new Error(`activation answered ${active.status}: ${JSON.stringify(active.body)}`);
  return active.body;
}
