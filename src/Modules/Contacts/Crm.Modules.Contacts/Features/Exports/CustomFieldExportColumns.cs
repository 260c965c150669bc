using System.Globalization;
using System.Text.Json.Nodes;
using Crm.Shared.Kernel.CustomFields;

namespace Crm.Modules.Contacts.Features.Exports;

/// <summary>
/// The custom field columns of a CSV or Excel export: one per field in use, named by its label (with its key when the
/// label is taken by another column), values as an import reads them.
/// </summary>
internal sealed class CustomFieldExportColumns
{
    private readonly IReadOnlyList<CustomFieldDefinition> _fields;

    public CustomFieldExportColumns(IEnumerable<CustomFieldDefinition> fields, IEnumerable<string> standardColumns)
    {
        _fields = [.. fields.Where(f => !f.IsRetired)];
        var names = new HashSet<string>(standardColumns, StringComparer.OrdinalIgnoreCase);
        Names = [.. _fields.Select(f => names.Add(f.Label) ? f.Label : $"{f.Label} ({f.Key})")];
    }

    public IReadOnlyList<string> Names { get; }

    public IEnumerable<string?> Values(CustomFieldValues values) => _fields.Select(f => Text(f, values.Get(f.Key)));

    /// <summary>A value as a person (and an import) reads it: option labels, numbers with a dot, dates yyyy-MM-dd.</summary>
    private static string? Text(CustomFieldDefinition field, JsonNode? value) => value switch
    {
        null => null,
        JsonArray keys => string.Join(", ", keys.Select(k => field.Option(k!.GetValue<string>())?.Label ?? k.GetValue<string>())),
        JsonValue one when field.Type == CustomFieldType.SingleSelect => field.Option(one.GetValue<string>())?.Label ?? one.GetValue<string>(),
        JsonValue one when field.Type == CustomFieldType.Bool => one.GetValue<bool>() ? "true" : "false",
        JsonValue one when field.Type is CustomFieldType.Number or CustomFieldType.Money => one.GetValue<decimal>().ToString(CultureInfo.InvariantCulture),
        JsonValue one => one.GetValue<string>(),
        _ => value.ToJsonString(),
    };
}
