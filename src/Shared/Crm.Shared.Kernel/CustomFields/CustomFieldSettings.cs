namespace Crm.Shared.Kernel.CustomFields;

/// <summary>What an administrator sets on a custom field, at its definition and at every change.</summary>
public sealed record CustomFieldSettings(
    string? Label,
    bool IsRequired,
    bool IsUnique,
    IReadOnlyList<CustomFieldOptionInput> Options,
    string? Currency,
    int? Position);

/// <summary>An option as given: without a key it is a new one, keyed from its label.</summary>
public sealed record CustomFieldOptionInput(string? Key, string? Label, bool IsRetired);
