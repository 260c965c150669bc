import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n/useLocale';
import { useCustomFields } from './queries';
import { activeFields, formatValue, type CustomField, type CustomFieldEntity, type StoredValues } from './values';
import './customFields.css';

/**
 * The values of the active custom fields as terms of a record's details list (`<dl>`), labelled and in the reader's
 * words; the values of retired fields are kept by the API but not shown.
 */
export function CustomFieldDetails({ entity, values, none }: { entity: CustomFieldEntity; values: StoredValues; none: string }) {
  const { t } = useTranslation('common');
  const locale = useLocale();
  const query = useCustomFields(entity);
  if (!query.data) return null;
  const words = { yes: t('yes'), no: t('no') };
  return (
    <>
      {activeFields(query.data).map((field) => {
        const text = formatValue(field, values[field.key], locale, words);
        return [
          <dt key={`${field.id}-label`}>{field.label}</dt>,
          <dd key={`${field.id}-value`}>{text === null ? none : <Value field={field} stored={values[field.key]} text={text} />}</dd>,
        ];
      })}
    </>
  );
}

function Value({ field, stored, text }: { field: CustomField; stored: unknown; text: string }) {
  switch (field.type) {
    case 'Url':
      return /^https?:\/\//i.test(text) ? <a href={text} rel="noopener noreferrer" target="_blank">{text}</a> : <>{text}</>;
    case 'Email':
      return <a href={`mailto:${text}`}>{text}</a>;
    case 'Phone':
      return <a href={`tel:${String(stored)}`}>{text}</a>;
    case 'LongText':
      return <span className="custom-long-text">{text}</span>;
    default:
      return <>{text}</>;
  }
}
