using System.Text.Json;
using Crm.Shared.Kernel.CustomFields;

namespace Crm.Shared.Infrastructure.CustomFields;

public sealed record CustomFieldOptionResponse(string Key, string Label, bool IsRetired);

/// <summary>A custom field's definition; values are stored under <see cref="Key"/>.</summary>
public sealed record CustomFieldResponse(
    Guid Id,
    CustomFieldEntity Entity,
    string Key,
    string Label,
    CustomFieldType Type,
    bool IsRequired,
    bool IsUnique,
    IReadOnlyList<CustomFieldOptionResponse> Options,
    string? Currency,
    int Position,
    bool IsRetired,
    int Version)
{
    public static CustomFieldResponse From(CustomFieldDefinition f) => new(
        f.Id.Value, f.Entity, f.Key, f.Label, f.Type, f.IsRequired, f.IsUnique,
        [.. f.Options.Select(o => new CustomFieldOptionResponse(o.Key, o.Label, o.IsRetired))], f.Currency, f.Position, f.IsRetired, f.Version);
}

public static class CustomFieldValuesResponse
{
    /// <summary>Values as the API returns them: a JSON object from field key to value.</summary>
    public static IReadOnlyDictionary<string, JsonElement> From(CustomFieldValues values) =>
        values.Count == 0 ? new Dictionary<string, JsonElement>() : JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(values.Json)!;
}
