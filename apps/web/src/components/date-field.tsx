import '@mantine/dates/styles.css';
import 'dayjs/locale/lv';
import { DateInput, type DateInputProps } from '@mantine/dates';
import { useTranslation } from 'react-i18next';
import { formatDateText, parseDateText } from './date-text';

type DateFieldProps = Omit<DateInputProps, 'value' | 'defaultValue' | 'onChange' | 'valueFormat' | 'dateParser' | 'withTime' | 'locale'> & {
  /** "2027-03-01", or with `withTime` Riga's "2027-03-01T09:00"; '' when empty. */
  value?: string;
  /** For a field read from its form's data by `name` (submitted as "2027-03-01"). */
  defaultValue?: string;
  onChange?: (value: string) => void;
  withTime?: boolean;
};

const toMantine = (value: string | undefined) => (value === undefined ? undefined : value === '' ? null : value.replace('T', ' '));

/**
 * A date (or date and time) field in the app's language, whatever the browser's: it shows
 * "2027. gada 1. marts", takes "1.3.2027" or "2027-03-01" typed or a day picked in a Latvian or
 * English calendar (weeks start on Monday). Loaded only with the signed-in and form pages.
 */
export function DateField({ value, defaultValue, onChange, withTime = false, ...props }: DateFieldProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'lv';
  return (
    <DateInput
      {...props}
      locale={language}
      firstDayOfWeek={1}
      // Weekends in Mantine's light red fail the contrast minimum; a day is a day here.
      weekendDays={[]}
      withTime={withTime}
      value={toMantine(value)}
      defaultValue={toMantine(defaultValue)}
      onChange={(next) => onChange?.(next === null ? '' : withTime ? next.slice(0, 16).replace(' ', 'T') : next.slice(0, 10))}
      valueFormat={(date) => formatDateText(date, language)}
      dateParser={(typed) => parseDateText(typed, withTime)}
      getDayAriaLabel={(date) => formatDateText(date.slice(0, 10), language)}
      placeholder={props.placeholder ?? t(withTime ? 'dates.dateTimePlaceholder' : 'dates.datePlaceholder')}
      clearable={props.clearable ?? !props.required}
      clearButtonProps={{ 'aria-label': t('dates.clear') }}
      // The month and year buttons keep their visible text ("marts 2027") as their name.
      ariaLabels={{
        nextMonth: t('dates.nextMonth'),
        previousMonth: t('dates.previousMonth'),
        nextYear: t('dates.nextYear'),
        previousYear: t('dates.previousYear'),
        nextDecade: t('dates.nextDecade'),
        previousDecade: t('dates.previousDecade'),
      }}
    />
  );
}
