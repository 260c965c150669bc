using System.Globalization;
using Crm.Modules.Contacts.Domain.Imports;
using Crm.Modules.Contacts.Features.Imports.Reading;

namespace Crm.Modules.Contacts.Features.Imports;

/// <summary>How to read an import's file again, as it was found at upload.</summary>
internal static class ImportShape
{
    public static ImportFileShape Of(ContactImport import) => new(
        Enum.Parse<ImportFormat>(import.Format),
        import.Encoding,
        string.IsNullOrEmpty(import.Delimiter) ? null : import.Delimiter[0],
        import.Headers);

    public static string? DelimiterText(char? delimiter) => delimiter?.ToString(CultureInfo.InvariantCulture);
}
