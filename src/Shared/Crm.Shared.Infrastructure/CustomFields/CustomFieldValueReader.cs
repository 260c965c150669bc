using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Crm.Shared.Kernel;
using Crm.Shared.Kernel.CustomFields;

namespace Crm.Shared.Infrastructure.CustomFields;

/// <summary>
/// Checks custom field values against their definitions and turns them into the stored form: numbers as JSON numbers,
/// dates as <c>yyyy-MM-dd</c>, options as their keys, phone numbers in E.164. Values come as JSON from the API, or as
/// text from an import, where « 1 234,50 », « 31/12/2026 », « oui » and option labels are read too. Phone numbers are
/// read by the owning module (<paramref name="phoneToE164"/>), which knows the installation's default region.
/// </summary>
public sealed class CustomFieldValueReader(Func<string, Result<string>> phoneToE164)
{
    public const int UrlMaxLength = 2_000;

    /// <summary>
    /// <paramref name="current"/> with the keys of <paramref name="given"/> set (a null value clears one), the others kept.
    /// With <paramref name="requireAll"/>, every required field that is not retired must end up with a value.
    /// </summary>
    public Result<CustomFieldValues> Apply(
        CustomFieldValues current, IReadOnlyDictionary<string, JsonElement>? given, IReadOnlyList<CustomFieldDefinition> definitions, bool requireAll)
    {
        var values = current;
        foreach (var (key, value) in given ?? new Dictionary<string, JsonElement>())
        {
            var field = definitions.FirstOrDefault(d => d.Key == key);
            if (field is null)
            {
                return CustomFieldErrors.Value(key, "custom_field.unknown", $"There is no custom field '{key}'.");
            }

            var read = value.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined ? Result<JsonNode?>.Success(null) : Read(field, value);
            if (!read.IsSuccess)
            {
                return read.Error;
            }

            if (field.IsRetired && !JsonNode.DeepEquals(read.Value, current.Get(key)))
            {
                return CustomFieldErrors.Value(key, "custom_field.retired", $"'{field.Label}' is retired: its values can no longer change.");
            }

            if (NewlyChosenRetiredOption(field, read.Value, current.Get(key)) is { } retired)
            {
                return CustomFieldErrors.Value(key, "custom_field.option_retired", $"'{retired.Label}' is no longer an option of '{field.Label}'.");
            }

            values = values.With(key, read.Value);
        }

        return requireAll ? CheckRequired(values, definitions) : values;
    }

    public static Result<CustomFieldValues> CheckRequired(CustomFieldValues values, IReadOnlyList<CustomFieldDefinition> definitions)
    {
        var missing = definitions.FirstOrDefault(d => d.IsRequired && !d.IsRetired && !values.Has(d.Key));
        return missing is null
            ? values
            : CustomFieldErrors.Value(missing.Key, "custom_field.required", $"'{missing.Label}' is required.");
    }

    /// <summary>A retired option the new value holds and the stored one did not: records keep retired options, none takes them anew.</summary>
    private static CustomFieldOption? NewlyChosenRetiredOption(CustomFieldDefinition field, JsonNode? value, JsonNode? stored)
    {
        if (!field.HasOptions || value is null)
        {
            return null;
        }

        static IEnumerable<string> Keys(JsonNode? node) => node switch
        {
            JsonArray list => list.Select(k => k!.GetValue<string>()),
            JsonValue one => [one.GetValue<string>()],
            _ => [],
        };

        var held = Keys(stored).ToHashSet(StringComparer.Ordinal);
        return Keys(value).Where(k => !held.Contains(k)).Select(field.Option).FirstOrDefault(o => o is { IsRetired: true });
    }

    /// <summary>A value given as JSON, checked; an empty string or list clears the field.</summary>
    public Result<JsonNode?> Read(CustomFieldDefinition field, JsonElement value) => (field.Type, value.ValueKind) switch
    {
        (_, JsonValueKind.String) => FromText(field, value.GetString()),
        (CustomFieldType.MultiSelect, JsonValueKind.Array) => Options(field, [.. value.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.String ? e.GetString() : null)]),
        (CustomFieldType.Number or CustomFieldType.Money, JsonValueKind.Number) when value.TryGetDecimal(out var number) => Number(field, number),
        (CustomFieldType.Bool, JsonValueKind.True or JsonValueKind.False) => JsonValue.Create(value.GetBoolean()),
        (CustomFieldType.MultiSelect, _) => Invalid(field, "a list of options"),
        (CustomFieldType.Number or CustomFieldType.Money, _) => Invalid(field, "a number"),
        (CustomFieldType.Bool, _) => Invalid(field, "true or false"),
        _ => Invalid(field, "text"),
    };

    /// <summary>A value typed as text (an import's cell, a filter's operand), checked; blank clears the field.</summary>
    public Result<JsonNode?> FromText(CustomFieldDefinition field, string? text)
    {
        var typed = text?.Trim() ?? string.Empty;
        if (typed.Length == 0)
        {
            return Result<JsonNode?>.Success(null);
        }

        switch (field.Type)
        {
            case CustomFieldType.Text or CustomFieldType.LongText:
                var max = field.Type == CustomFieldType.Text ? CustomFieldDefinition.TextMaxLength : CustomFieldDefinition.LongTextMaxLength;
                return typed.Length <= max ? JsonValue.Create(typed) : Refuse(field, "custom_field.too_long", $"'{field.Label}' holds at most {max} characters.");
            case CustomFieldType.Number or CustomFieldType.Money:
                return ParseNumber(typed) is { } number ? Number(field, number) : Invalid(field, "a number");
            case CustomFieldType.Date:
                return ParseDate(typed) is { } date ? JsonValue.Create(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) : Invalid(field, "a date (2026-12-31 or 31/12/2026)");
            case CustomFieldType.Bool:
                return ParseBool(typed) is { } flag ? JsonValue.Create(flag) : Invalid(field, "yes or no");
            case CustomFieldType.SingleSelect:
                return Options(field, [typed]);
            case CustomFieldType.MultiSelect:
                return Options(field, typed.Split([';', ','], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
            case CustomFieldType.Url:
                return typed.Length <= UrlMaxLength && Uri.TryCreate(typed, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
                    ? JsonValue.Create(uri.ToString())
                    : Invalid(field, "an address starting with http:// or https://");
            case CustomFieldType.Email:
                var email = EmailAddress.Create(typed);
                return email.IsSuccess ? JsonValue.Create(email.Value.Value) : Invalid(field, "an email address");
            case CustomFieldType.Phone:
                var phone = phoneToE164(typed);
                return phone.IsSuccess ? JsonValue.Create(phone.Value) : Invalid(field, "a phone number");
            default:
                return Invalid(field, "a value");
        }
    }

    private static Result<JsonNode?> Number(CustomFieldDefinition field, decimal number)
    {
        if (field.Type == CustomFieldType.Money && decimal.Round(number, 2) != number)
        {
            return Refuse(field, "custom_field.value_invalid", $"'{field.Label}' is an amount: at most two decimals.");
        }

        return JsonValue.Create(number);
    }

    private static Result<JsonNode?> Options(CustomFieldDefinition field, IReadOnlyList<string?> given)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var typed in given)
        {
            var option = field.Options.FirstOrDefault(o => o.Key == typed)
                ?? field.Options.FirstOrDefault(o => string.Equals(o.Label, typed?.Trim(), StringComparison.OrdinalIgnoreCase));
            if (option is null)
            {
                var offered = string.Join(", ", field.Options.Where(o => !o.IsRetired).Select(o => o.Label));
                return Refuse(field, "custom_field.option_unknown", $"'{typed}' is not an option of '{field.Label}': {offered}.");
            }

            keys.Add(option.Key);
        }

        if (field.Type == CustomFieldType.SingleSelect)
        {
            return keys.Count == 1 ? JsonValue.Create(keys.Single()) : Invalid(field, "one option");
        }

        // The options' order, so that equal selections are equal values.
        var ordered = field.Options.Where(o => keys.Contains(o.Key)).Select(o => (JsonNode?)JsonValue.Create(o.Key)).ToArray();
        return ordered.Length == 0 ? Result<JsonNode?>.Success(null) : new JsonArray(ordered);
    }

    private static decimal? ParseNumber(string typed)
    {
        var compact = new string([.. typed.Where(c => !char.IsWhiteSpace(c) && c != '\u202F' && c != '€' && c != '$')]);
        if (decimal.TryParse(compact, NumberStyles.Number & ~NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var invariant))
        {
            return invariant;
        }

        return decimal.TryParse(compact, NumberStyles.Number & ~NumberStyles.AllowThousands, CultureInfo.GetCultureInfo("fr-FR"), out var french) ? french : null;
    }

    private static DateOnly? ParseDate(string typed)
    {
        string[] formats = ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy", "dd.MM.yyyy", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm:ssZ"];
        return DateTime.TryParseExact(typed, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) ? DateOnly.FromDateTime(parsed) : null;
    }

    private static bool? ParseBool(string typed) => typed.ToLowerInvariant() switch
    {
        "true" or "yes" or "oui" or "vrai" or "1" or "x" or "y" or "o" => true,
        "false" or "no" or "non" or "faux" or "0" or "n" => false,
        _ => null,
    };

    private static Result<JsonNode?> Invalid(CustomFieldDefinition field, string expected) =>
        Refuse(field, "custom_field.value_invalid", $"'{field.Label}' takes {expected}.");

    private static Error Refuse(CustomFieldDefinition field, string code, string message) => CustomFieldErrors.Value(field.Key, code, message);
}
