using Crm.Modules.Contacts.Domain.Imports;
using Crm.Shared.Kernel;
using Crm.Shared.Kernel.CustomFields;

namespace Crm.Modules.Contacts.Features.Imports;

/// <summary>
/// The custom fields an import's columns go into: fields of contacts in use. A unique field may be the match key (a
/// text one: rows of the file with one value are then one contact) or simply filled; either way
/// <see cref="ImportUniqueValues"/> keeps its values unique.
/// </summary>
internal static class ImportCustomFields
{
    private static readonly CustomFieldType[] TextTypes = [CustomFieldType.Text, CustomFieldType.Email, CustomFieldType.Phone, CustomFieldType.Url];

    public static Result Check(ImportSettings settings, IReadOnlyList<CustomFieldDefinition> definitions)
    {
        foreach (var mapping in settings.Columns.Where(c => c.Field == ImportField.CustomField))
        {
            var field = definitions.FirstOrDefault(d => d.Key == mapping.CustomField);
            if (field is null || field.IsRetired)
            {
                return Error.Validation("import.custom_field_unknown", $"Column {mapping.Column + 1} goes into '{mapping.CustomField}', which is not a custom field of contacts in use.");
            }

        }

        if (MatchField(settings, definitions) is { } key && (!key.IsUnique || !CanMatch(key)))
        {
            return Error.Validation(
                "import.match_field_invalid",
                $"'{key.Label}' cannot recognise contacts: the match key is a unique custom field of text, email, phone or URL type.");
        }

        return Result.Success();
    }

    /// <summary>Whether rows can be matched by <paramref name="field"/>'s values: texts, compared as stored.</summary>
    public static bool CanMatch(CustomFieldDefinition field) => TextTypes.Contains(field.Type);

    /// <summary>The custom field rows are matched by, if any.</summary>
    public static CustomFieldDefinition? MatchField(ImportSettings settings, IReadOnlyList<CustomFieldDefinition> definitions) =>
        settings.MatchKey == MatchKey.CustomField ? definitions.FirstOrDefault(d => d.Key == settings.MatchCustomField) : null;
}
