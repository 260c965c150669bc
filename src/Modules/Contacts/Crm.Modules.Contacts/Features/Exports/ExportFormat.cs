namespace Crm.Modules.Contacts.Features.Exports;

internal enum ExportFormat
{
    Csv,
    Xlsx,
    VCard,
}

internal static class ExportFormats
{
    /// <summary>The format named by <c>?format=</c> (CSV when none is), when it is one of <paramref name="offered"/>.</summary>
    public static bool TryRead(string? format, IReadOnlyCollection<ExportFormat> offered, out ExportFormat read)
    {
        read = format?.ToLowerInvariant() switch
        {
            "csv" or null or "" => ExportFormat.Csv,
            "xlsx" => ExportFormat.Xlsx,
            "vcard" or "vcf" => ExportFormat.VCard,
            _ => (ExportFormat)(-1),
        };
        return offered.Contains(read);
    }
}
