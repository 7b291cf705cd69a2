import { NumberInput, SimpleGrid, Stack, Text, Textarea, Title } from '@mantine/core';
import { INDICATOR_LIMITS, PARTICIPANT_GROUPS, type TAnswers, type TAnswerValue, type TIndicatorKey } from '@kopa/shared';
import { useTranslation } from 'react-i18next';

const PARTICIPANTS: Array<{ key: TIndicatorKey; max: number }> = PARTICIPANT_GROUPS.map((group) => ({ key: `participants.${group}` as TIndicatorKey, max: INDICATOR_LIMITS.participants }));
const ACTIVITY: Array<{ key: TIndicatorKey; max: number }> = [
  { key: 'eventsHeld', max: INDICATOR_LIMITS.events },
  { key: 'volunteers', max: INDICATOR_LIMITS.volunteers },
  { key: 'volunteerHours', max: INDICATOR_LIMITS.volunteerHours },
];

interface Props {
  /** The draft's fields: indicators under `indicators.<key>`. */
  values: TAnswers;
  editable: boolean;
  /** Frozen while other parts are reopened (shown and announced as such), not merely read-only. */
  frozen: boolean;
  errors: Record<string, string>;
  onChange: (field: string, value: TAnswerValue) => void;
}

/** Participants by group, events, volunteers and their hours (whole numbers), outcomes and one highlight for publication. */
export function IndicatorsFieldset({ values, editable, frozen, errors, onChange }: Props) {
  const { t } = useTranslation();
  const field = (key: TIndicatorKey) => `indicators.${key}`;
  const errorOf = (key: TIndicatorKey) => (errors[field(key)] ? t(`reports.errors.${errors[field(key)]}`, { defaultValue: t('reports.errors.invalid') }) : undefined);
  const labelOf = (key: TIndicatorKey) => (key.startsWith('participants.') ? t(`events.groups.${key.slice('participants.'.length)}`) : t(`reports.indicators.${key}`));
  const frozenNote = frozen ? 'indicators-frozen' : undefined;

  return (
    <Stack component="section" gap="md" aria-labelledby="indicators-heading" aria-describedby={frozenNote}>
      <Title order={2} id="indicators-heading">
        {t('reports.indicators.title')}
      </Title>
      {frozen && (
        <Text id="indicators-frozen" size="sm" c="dimmed">
          {t('reports.frozenPart')}
        </Text>
      )}
      {([
        ['participants', PARTICIPANTS],
        ['activity', ACTIVITY],
      ] as const).map(([group, counts]) => (
        <Stack key={group} gap="xs">
          <Title order={3} size="h4">
            {t(`reports.indicators.${group}`)}
          </Title>
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            {counts.map(({ key, max }) => (
              <NumberInput
                key={key}
                label={labelOf(key)}
                min={0}
                max={max}
                allowDecimal={false}
                allowNegative={false}
                clampBehavior="none"
                readOnly={!editable}
                value={typeof values[field(key)] === 'number' ? (values[field(key)] as number) : ''}
                onChange={(value) => onChange(field(key), typeof value === 'number' ? value : value === '' ? null : Number(value))}
                error={errorOf(key)}
              />
            ))}
          </SimpleGrid>
        </Stack>
      ))}
      {(['outcomes', 'highlight'] as const).map((key) => (
        <Textarea
          key={key}
          label={t(`reports.indicators.${key}`)}
          description={t(`reports.indicators.${key}Help`, { max: INDICATOR_LIMITS[key] })}
          autosize
          minRows={key === 'outcomes' ? 4 : 2}
          maxLength={INDICATOR_LIMITS[key]}
          readOnly={!editable}
          value={typeof values[field(key)] === 'string' ? (values[field(key)] as string) : ''}
          onChange={(event) => onChange(field(key), event.currentTarget.value)}
          error={errorOf(key)}
        />
      ))}
    </Stack>
  );
}
