namespace Crm.Shared.Kernel.CustomFields;

/// <summary>
/// A choice of a select field. Values store <see cref="Key"/>, so renaming the label changes nothing stored; a retired
/// option is no longer offered but the values holding it keep it.
/// </summary>
public sealed record CustomFieldOption(string Key, string Label, bool IsRetired)
{
    public const int LabelMaxLength = 100;
}
