import { Group, List, Text, ThemeIcon } from '@mantine/core';
import type { TEligibilityAutoResult } from '@kopa/shared';
import { useTranslation } from 'react-i18next';
import { useMunicipalities } from '../reference-data/reference-data.api';
import { municipalityName, useOrganisationTypeLabel } from '../reference-data/reference-labels';
import { reasonParams } from './eligibility-reason';

/** Each automatic check with a pass/fail word (not only a colour) and its reason. */
export function AutoCheckList({ results }: { results: TEligibilityAutoResult[] }) {
  const { t, i18n } = useTranslation();
  const typeLabel = useOrganisationTypeLabel();
  const municipalities = useMunicipalities();
  const labels = {
    organisationType: (type: string) => typeLabel(type as never),
    municipality: (code: string) => {
      const found = municipalities.data?.find((item) => item.code === code);
      return found ? municipalityName(found, i18n.language) : code;
    },
  };
  return (
    <List spacing="sm" listStyleType="none" p={0}>
      {results.map((result) => (
        <List.Item key={result.check}>
          <Group gap="sm" wrap="nowrap" align="flex-start">
            <ThemeIcon color={result.passed ? 'teal.8' : 'red.8'} size="sm" radius="xl" aria-hidden="true" mt={2}>
              {result.passed ? '✓' : '✗'}
            </ThemeIcon>
            <div>
              <Text fw={600} size="sm">
                {t(`eligibility.check.${result.check}`)}: {result.passed ? t('eligibility.passed') : t('eligibility.failed')}
              </Text>
              <Text size="sm">{t(result.reason.key, reasonParams(result.reason, i18n.language, labels))}</Text>
            </div>
          </Group>
        </List.Item>
      ))}
    </List>
  );
}
