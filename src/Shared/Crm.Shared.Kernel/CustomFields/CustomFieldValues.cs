using System.Text.Json;
using System.Text.Json.Nodes;

namespace Crm.Shared.Kernel.CustomFields;

/// <summary>
/// A record's custom field values: a JSON object from field key to checked value, stored as one column. Keys of retired
/// or unknown fields are kept as they are. Two sets are equal when they hold the same values.
/// </summary>
public sealed class CustomFieldValues : IEquatable<CustomFieldValues>
{
    // Declared first: Empty below is built with it.
    private static readonly JsonSerializerOptions JsonOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly SortedDictionary<string, JsonNode> _values;

    private CustomFieldValues(SortedDictionary<string, JsonNode> values)
    {
        _values = values;
        Json = ToJson(values);
    }

    public static CustomFieldValues Empty { get; } = new(new SortedDictionary<string, JsonNode>(StringComparer.Ordinal));

    /// <summary>The stored form: a JSON object with the keys in ordinal order.</summary>
    public string Json { get; }

    public IEnumerable<string> Keys => _values.Keys;

    public int Count => _values.Count;

    public static CustomFieldValues FromJson(string? json)
    {
        if (string.IsNullOrWhiteSpace(json) || json == "{}")
        {
            return Empty;
        }

        var values = new SortedDictionary<string, JsonNode>(StringComparer.Ordinal);
        if (JsonNode.Parse(json) is JsonObject stored)
        {
            foreach (var (key, value) in stored)
            {
                if (value is not null)
                {
                    values[key] = value.DeepClone();
                }
            }
        }

        return new CustomFieldValues(values);
    }

    public JsonNode? Get(string key) => _values.TryGetValue(key, out var value) ? value.DeepClone() : null;

    public bool Has(string key) => _values.ContainsKey(key);

    /// <summary>These values with <paramref name="key"/> set to <paramref name="value"/>, or removed when it is null.</summary>
    public CustomFieldValues With(string key, JsonNode? value)
    {
        var values = new SortedDictionary<string, JsonNode>(_values, StringComparer.Ordinal);
        if (value is null)
        {
            values.Remove(key);
        }
        else
        {
            values[key] = value.DeepClone();
        }

        return new CustomFieldValues(values);
    }

    /// <summary>The keys whose value differs between these values and <paramref name="other"/>.</summary>
    public IEnumerable<string> ChangedKeys(CustomFieldValues other) =>
        _values.Keys.Union(other._values.Keys)
            .Where(k => !JsonNode.DeepEquals(_values.GetValueOrDefault(k), other._values.GetValueOrDefault(k)))
            .Order(StringComparer.Ordinal);

    public bool Equals(CustomFieldValues? other) => other is not null && Json == other.Json;

    public override bool Equals(object? obj) => Equals(obj as CustomFieldValues);

    public override int GetHashCode() => Json.GetHashCode(StringComparison.Ordinal);

    public override string ToString() => Json;

    private static string ToJson(SortedDictionary<string, JsonNode> values)
    {
        var json = new JsonObject();
        foreach (var (key, value) in values)
        {
            json[key] = value.DeepClone();
        }

        return json.ToJsonString(JsonOptions);
    }
}
