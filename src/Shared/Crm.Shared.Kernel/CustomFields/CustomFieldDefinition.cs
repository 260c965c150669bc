
namespace Crm.Shared.Kernel.CustomFields;

/// <summary>
/// A field administrators add to contacts or companies. Values are stored under <see cref="Key"/>, which never changes:
/// renaming a field, changing its options or retiring it never touches a stored value. Its type never changes either,
/// since the values already stored were checked against it.
/// </summary>
public sealed class CustomFieldDefinition : AggregateRoot<CustomFieldId>
{
    public const int LabelMaxLength = 100;
    public const int TextMaxLength = 500;
    public const int LongTextMaxLength = 10_000;
    public const int MaxOptions = 200;
    public const int MaxFieldsPerEntity = 200;

    private List<CustomFieldOption> _options = [];

    private CustomFieldDefinition(CustomFieldId id, CustomFieldEntity entity, string key, CustomFieldType type, DateTimeOffset createdAtUtc)
        : base(id)
    {
        Entity = entity;
        Key = key;
        Type = type;
        CreatedAtUtc = createdAtUtc;
    }

    public CustomFieldEntity Entity { get; private init; }

    public string Key { get; private init; }

    public string Label { get; private set; } = string.Empty;

    public CustomFieldType Type { get; private init; }

    /// <summary>A record cannot be saved without a value, unless the field is retired.</summary>
    public bool IsRequired { get; private set; }

    /// <summary>No two records of the entity hold the same value; imports can match records by it.</summary>
    public bool IsUnique { get; private set; }

    public IReadOnlyList<CustomFieldOption> Options => _options;

    /// <summary>The ISO 4217 currency of a money field.</summary>
    public string? Currency { get; private set; }

    /// <summary>Where the field is shown among the entity's fields, smallest first.</summary>
    public int Position { get; private set; }

    /// <summary>Hidden from forms and lists; the values stay, and come back if the field is restored.</summary>
    public bool IsRetired { get; private set; }

    public DateTimeOffset CreatedAtUtc { get; private init; }

    public DateTimeOffset? UpdatedAtUtc { get; private set; }

    public bool HasOptions => Type is CustomFieldType.SingleSelect or CustomFieldType.MultiSelect;

    public bool CanBeUnique => Type is CustomFieldType.Text or CustomFieldType.Number or CustomFieldType.Email or CustomFieldType.Phone or CustomFieldType.Url;

    public static Result<CustomFieldDefinition> Define(CustomFieldEntity entity, string key, CustomFieldType type, CustomFieldSettings settings, DateTimeOffset now)
    {
        if (!CustomFieldKey.IsValid(key))
        {
            return Error.Validation("custom_field.key_invalid", $"'{key}' is not a field key: use lower-case letters, digits and underscores, starting with a letter, {CustomFieldKey.MaxLength} at most.");
        }

        if (!Enum.IsDefined(entity) || !Enum.IsDefined(type))
        {
            return Error.Validation("custom_field.type_invalid", "Give the kind of record and the type of the field.");
        }

        var field = new CustomFieldDefinition(CustomFieldId.New(), entity, key, type, now.ToStoredPrecision());
        var applied = field.Apply(settings);
        return applied.IsSuccess ? field : applied.Error;
    }

    /// <summary>Changes what may change: label, flags, options (by key), currency and position.</summary>
    public Result Change(CustomFieldSettings settings, DateTimeOffset now)
    {
        var applied = Apply(settings);
        if (applied.IsSuccess)
        {
            UpdatedAtUtc = now.ToStoredPrecision();
        }

        return applied;
    }

    public void Retire(DateTimeOffset now)
    {
        IsRetired = true;
        UpdatedAtUtc = now.ToStoredPrecision();
    }

    public void Restore(DateTimeOffset now)
    {
        IsRetired = false;
        UpdatedAtUtc = now.ToStoredPrecision();
    }

    public CustomFieldOption? Option(string key) => _options.Find(o => o.Key == key);

    private Result Apply(CustomFieldSettings settings)
    {
        var label = settings.Label?.Trim() ?? string.Empty;
        if (label.Length is 0 or > LabelMaxLength)
        {
            return Error.Validation("custom_field.label_invalid", $"A field needs a label of 1 to {LabelMaxLength} characters.");
        }

        if (settings.IsUnique && !CanBeUnique)
        {
            return Error.Validation("custom_field.unique_not_supported", $"A {Type} field cannot be unique: only text, number, email, phone and URL fields can.");
        }

        var options = HasOptions ? MergeOptions(settings.Options) : Result<List<CustomFieldOption>>.Success([]);
        if (!options.IsSuccess)
        {
            return options.Error;
        }

        var currency = Type == CustomFieldType.Money ? (settings.Currency?.Trim().ToUpperInvariant() is { Length: > 0 } c ? c : "EUR") : null;
        if (currency is not null && (currency.Length != 3 || !currency.All(char.IsAsciiLetterUpper)))
        {
            return Error.Validation("custom_field.currency_invalid", $"'{settings.Currency}' is not an ISO 4217 currency code (EUR, USD…).");
        }

        Label = label;
        IsRequired = settings.IsRequired;
        IsUnique = settings.IsUnique;
        _options = options.Value;
        Currency = currency;
        Position = settings.Position ?? Position;
        return Result.Success();
    }

    /// <summary>
    /// The options after a change: given ones keep their key (a new one gets a key from its label), and options left out
    /// are retired rather than dropped, since stored values may hold them.
    /// </summary>
    private Result<List<CustomFieldOption>> MergeOptions(IReadOnlyList<CustomFieldOptionInput> given)
    {
        var merged = new List<CustomFieldOption>();
        foreach (var input in given)
        {
            var label = input?.Label?.Trim() ?? string.Empty;
            if (label.Length is 0 or > CustomFieldOption.LabelMaxLength)
            {
                return Error.Validation("custom_field.option_invalid", $"Each option needs a label of 1 to {CustomFieldOption.LabelMaxLength} characters.");
            }

            var key = string.IsNullOrWhiteSpace(input!.Key) ? CustomFieldKey.Free(CustomFieldKey.FromLabel(label), [.. merged.Select(o => o.Key), .. _options.Select(o => o.Key)]) : input.Key.Trim();
            if (!CustomFieldKey.IsValid(key))
            {
                return Error.Validation("custom_field.option_invalid", $"'{key}' is not an option key: use lower-case letters, digits and underscores, starting with a letter.");
            }

            if (merged.Exists(o => o.Key == key))
            {
                return Error.Validation("custom_field.option_duplicate", $"Two options have the key '{key}'.");
            }

            if (merged.Exists(o => !o.IsRetired && !input.IsRetired && string.Equals(o.Label, label, StringComparison.OrdinalIgnoreCase)))
            {
                return Error.Validation("custom_field.option_duplicate", $"Two options are labelled '{label}'.");
            }

            merged.Add(new CustomFieldOption(key, label, input.IsRetired));
        }

        merged.AddRange(_options.Where(o => !merged.Exists(m => m.Key == o.Key)).Select(o => o with { IsRetired = true }));
        if (merged.Count > MaxOptions)
        {
            return Error.Validation("custom_field.too_many_options", $"A field has at most {MaxOptions} options, retired ones included.");
        }

        if (!merged.Exists(o => !o.IsRetired))
        {
            return Error.Validation("custom_field.options_required", "A select field needs at least one option that is not retired.");
        }

        return merged;
    }
}
