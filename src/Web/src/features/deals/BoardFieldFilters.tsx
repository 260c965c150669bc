import { useTranslation } from 'react-i18next';
import { SelectField } from '../../ui/Field';
import { useCustomFields } from '../customFields/queries';
import { activeFields } from '../customFields/values';

/**
 * A choice per deal custom field a board is commonly narrowed by (single choice and yes/no fields): "any", or one of
 * its values. Other kinds of fields can be filtered through the API (`filter=cf.<key>:operator:value`).
 */
export function BoardFieldFilters({ values, onChange }: {
  values: Readonly<Record<string, string>>;
  onChange: (values: Record<string, string>) => void;
}) {
  const { t } = useTranslation(['deals', 'common']);
  const fields = activeFields(useCustomFields('Deal').data ?? []).filter((f) => f.type === 'SingleSelect' || f.type === 'Bool');
  const choose = (key: string, value: string) => onChange({ ...values, [key]: value });
  return (
    <>
      {fields.map((field) => (
        <SelectField key={field.id} label={field.label} value={values[field.key] ?? ''} onChange={(e) => choose(field.key, e.target.value)}>
          <option value="">{t('board.fieldAny')}</option>
          {field.type === 'Bool' ? (
            <>
              <option value="true">{t('common:yes')}</option>
              <option value="false">{t('common:no')}</option>
            </>
          ) : field.options.filter((o) => !o.isRetired).map((o) => <option key={o.key} value={o.key}>{o.label}</option>)}
        </SelectField>
      ))}
    </>
  );
}
