import { Anchor, Button, Group, List, Progress, Stack, Text, VisuallyHidden } from '@mantine/core';
import { DEFAULT_ATTACHMENT_TYPES, type TQuestion } from '@kopa/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localized } from '../../i18n/languages';
import { getCsrfToken } from '../../lib/api-middleware';
import { attachmentContentPath, attachmentsKey, useDeleteAttachment } from './applications.api';
import { formatBytes } from '../../lib/format-bytes';
import { precheckFile, uploadAttachment, uploadErrorKey, type UploadedAttachment } from './upload';

/** Short names people recognise instead of MIME types. */
const TYPE_NAMES: Record<string, string> = {
  'application/pdf': 'PDF',
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'XLSX',
  'application/vnd.oasis.opendocument.text': 'ODT',
  'application/vnd.oasis.opendocument.spreadsheet': 'ODS',
};
export const typeNameOf = (mime: string) => TYPE_NAMES[mime] ?? mime;

interface FileUploadFieldProps {
  applicationId: string;
  question: TQuestion;
  value: string[];
  onChange: (value: string[]) => void;
  attachments: UploadedAttachment[];
  maxBytes: number;
  editable: boolean;
}

/**
 * A file answer: limits stated before choosing, upload with a progress bar, the list of
 * files with remove. The uploaded id is added to the answer (autosaved like any edit).
 */
export function FileUploadField({ applicationId, question, value, onChange, attachments, maxBytes, editable }: FileUploadFieldProps) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const remove = useDeleteAttachment(applicationId);
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);
  const accept = question.accept?.length ? question.accept : DEFAULT_ATTACHMENT_TYPES;
  const maxFiles = question.maxFiles ?? 5;
  const files = value.map((id) => attachments.find((attachment) => attachment.id === id) ?? { id, fileName: id, sizeBytes: 0, mimeType: '' });
  const limitsId = `q-${question.id}-limits`;
  const errorId = `q-${question.id}-upload-error`;

  const upload = async (file: File | null) => {
    if (!file) return;
    setError(null);
    const pre = precheckFile(file, { maxBytes, accept });
    if (pre) {
      setError(t(`applications.upload.errors.${pre}`, { size: formatBytes(maxBytes, i18n.language), types: accept.map(typeNameOf).join(', ') }));
      return;
    }
    setProgress(0);
    setAnnouncement(t('applications.upload.uploading', { name: file.name }));
    try {
      const attachment = await uploadAttachment({
        applicationId,
        questionId: question.id,
        file,
        fileName: file.name,
        csrfToken: getCsrfToken,
        language: i18n.language,
        onProgress: (p) => setProgress(p.percent),
      });
      queryClient.setQueryData<{ items: UploadedAttachment[] }>(attachmentsKey(applicationId), (old) => ({
        items: [...(old?.items ?? []), { ...attachment, fileName: attachment.fileName ?? file.name, sizeBytes: attachment.sizeBytes ?? file.size }],
      }));
      void queryClient.invalidateQueries({ queryKey: attachmentsKey(applicationId) });
      onChange([...value, attachment.id]);
      setAnnouncement(t('applications.upload.done', { name: file.name }));
    } catch (failure) {
      const key = uploadErrorKey(failure);
      setError(t(`applications.upload.errors.${key}`, { size: formatBytes(maxBytes, i18n.language), types: accept.map(typeNameOf).join(', ') }));
      setAnnouncement('');
    } finally {
      setProgress(null);
      if (inputRef.current) inputRef.current.value = '';
    }
  };

  const removeFile = (id: string, name: string) => {
    onChange(value.filter((other) => other !== id));
    remove.mutate(id);
    setAnnouncement(t('applications.upload.removed', { name }));
  };

  return (
    <Stack gap="xs">
      <Text size="sm" id={limitsId}>
        {t('applications.upload.limits', { size: formatBytes(maxBytes, i18n.language), types: accept.map(typeNameOf).join(', ') })}
      </Text>
      {files.length > 0 && (
        <List size="sm" spacing={4} aria-label={t('applications.upload.listLabel')}>
          {files.map((file) => (
            <List.Item key={file.id}>
              <Group gap="xs" wrap="wrap">
                <Anchor href={attachmentContentPath(file.id)} target="_blank" rel="noopener">
                  {file.fileName}
                </Anchor>
                {file.sizeBytes > 0 && <Text span size="sm">({formatBytes(file.sizeBytes, i18n.language)})</Text>}
                {editable && (
                  <Button
                    size="compact-xs"
                    variant="outline"
                    color="red.9"
                    onClick={() => removeFile(file.id, file.fileName)}
                    aria-label={t('applications.upload.removeNamed', { name: file.fileName })}
                  >
                    {t('applications.upload.remove')}
                  </Button>
                )}
              </Group>
            </List.Item>
          ))}
        </List>
      )}
      {editable && files.length < maxFiles && (
        <Stack gap={4}>
          <Text component="label" htmlFor={`q-${question.id}`} size="sm" fw={600}>
            {t('applications.upload.choose')}
            <VisuallyHidden> ({localized(question.label, i18n.language)})</VisuallyHidden>
          </Text>
          <input
            ref={inputRef}
            type="file"
            id={`q-${question.id}`}
            accept={accept.join(',')}
            disabled={progress !== null}
            aria-describedby={error ? `${limitsId} ${errorId}` : limitsId}
            onChange={(event) => void upload(event.currentTarget.files?.[0] ?? null)}
            className="kopa-file-input"
          />
        </Stack>
      )}
      {progress !== null && (
        <Progress value={progress} aria-label={t('applications.upload.progressLabel')} animated />
      )}
      {error && (
        <Text size="sm" c="red.9" role="alert" id={errorId}>
          {error}
        </Text>
      )}
      <VisuallyHidden aria-live="polite">{announcement}</VisuallyHidden>
    </Stack>
  );
}
