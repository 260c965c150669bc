using Crm.Modules.Contacts.Domain.CustomFields;
using Crm.Modules.Contacts.Domain.Imports;
using Crm.Shared.Kernel;

namespace Crm.Modules.Contacts.Features.Imports;

/// <summary>The custom fields an import's columns go into: fields of contacts in use. Unique ones are refused, since an import does not check its rows against each other and the base for them.</summary>
internal static class ImportCustomFields
{
    public static Result Check(ImportSettings settings, IReadOnlyList<CustomFieldDefinition> definitions)
    {
        foreach (var mapping in settings.Columns.Where(c => c.Field == ImportField.CustomField))
        {
            var field = definitions.FirstOrDefault(d => d.Key == mapping.CustomField);
            if (field is null || field.IsRetired)
            {
                return Error.Validation("import.custom_field_unknown", $"Column {mapping.Column + 1} goes into '{mapping.CustomField}', which is not a custom field of contacts in use.");
            }

            if (field.IsUnique)
            {
                return Error.Validation("import.custom_field_unique", $"'{field.Label}' is unique: imports cannot fill it yet. Leave column {mapping.Column + 1} out and fill it contact by contact.");
            }
        }

        return Result.Success();
    }
}
