import { Anchor, Button, FileInput, Group, List, Stack, Text, Title } from '@mantine/core';
import { SIGNED_COPY_TYPES, formatRigaDateTime, type TAgreementDocument, type TProjectDetail } from '@kopa/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../components/notify';
import { PageLoader } from '../../components/page-loader';
import { ProblemAlert } from '../../components/problem-alert';
import { agreementDocumentUrl, useIssueAgreement, useProjectAgreement, useUploadSignedCopy } from './agreement.api';

/**
 * The grant agreement's files: every issued version of the PDF and every signed copy, newest
 * first, as downloads (for the grantee too). The coordinator issues a new version and uploads
 * the signed copy here; the signature dates are entered in the agreement data form.
 */
export function AgreementSection({ project }: { project: TProjectDetail }) {
  const { t } = useTranslation();
  const agreement = useProjectAgreement(project.id);
  const issue = useIssueAgreement(project.id);
  const upload = useUploadSignedCopy(project.id);
  const [file, setFile] = useState<File | null>(null);
  const staff = project.viewer === 'staff';
  const open = project.status !== 'closed' && project.status !== 'terminated';
  const datesSet = project.startDate !== null && project.endDate !== null;

  return (
    <Stack gap="sm" component="section" aria-labelledby="agreement-files-heading">
      <Title order={2} id="agreement-files-heading" size="h3">
        {t('projects.agreementFiles.title')}
      </Title>
      {agreement.isPending ? (
        <PageLoader />
      ) : agreement.isError ? (
        <ProblemAlert error={agreement.error} />
      ) : (
        <>
          <DocumentList projectId={project.id} title={t('projects.agreementFiles.issued')} documents={agreement.data.issued} empty={t('projects.agreementFiles.noneIssued')} />
          <DocumentList projectId={project.id} title={t('projects.agreementFiles.signed')} documents={agreement.data.signed} empty={t('projects.agreementFiles.noneSigned')} />
        </>
      )}
      {staff && open && (
        <Stack gap="sm">
          {issue.isError && <ProblemAlert error={issue.error} />}
          <Group gap="sm" align="center">
            <Button
              onClick={() => issue.mutate(undefined, { onSuccess: (document) => notifySuccess(t('projects.agreementFiles.issuedDone', { version: document.version })) })}
              loading={issue.isPending}
              disabled={!datesSet}
            >
              {t('projects.agreementFiles.issue')}
            </Button>
            {!datesSet && <Text size="sm">{t('projects.agreementFiles.needsDates')}</Text>}
          </Group>
          <form
            onSubmit={(event) => {
              event.preventDefault();
              if (file) upload.mutate(file, { onSuccess: () => (setFile(null), notifySuccess(t('projects.agreementFiles.uploaded'))) });
            }}
          >
            <Stack gap="xs">
              {upload.isError && <ProblemAlert error={upload.error} />}
              <Group gap="sm" align="flex-end">
                <FileInput
                  label={t('projects.agreementFiles.signedCopy')}
                  description={t('projects.agreementFiles.signedCopyHint')}
                  accept={SIGNED_COPY_TYPES.join(',')}
                  value={file}
                  onChange={setFile}
                  clearable
                  w={360}
                />
                <Button type="submit" variant="default" disabled={!file} loading={upload.isPending}>
                  {t('projects.agreementFiles.upload')}
                </Button>
              </Group>
            </Stack>
          </form>
        </Stack>
      )}
    </Stack>
  );
}

function DocumentList({ projectId, title, documents, empty }: { projectId: string; title: string; documents: TAgreementDocument[]; empty: string }) {
  const { t, i18n } = useTranslation();
  return (
    <div>
      <Text fw={700} size="sm">
        {title}
      </Text>
      {documents.length === 0 ? (
        <Text size="sm">{empty}</Text>
      ) : (
        <List size="sm">
          {documents.map((document) => (
            <List.Item key={document.id}>
              <Anchor href={agreementDocumentUrl(projectId, document.id)} download>
                {t('projects.agreementFiles.documentLink', { version: document.version, name: document.fileName })}
              </Anchor>{' '}
              {t('projects.agreementFiles.documentMeta', {
                when: formatRigaDateTime(document.createdAt, i18n.language),
                who: document.createdByName ?? t('projects.timeline.someone'),
              })}
            </List.Item>
          ))}
        </List>
      )}
    </div>
  );
}
