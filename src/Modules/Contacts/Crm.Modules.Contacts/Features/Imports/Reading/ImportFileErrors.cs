using Crm.Shared.Kernel;

namespace Crm.Modules.Contacts.Features.Imports.Reading;

internal static class ImportFileErrors
{
    private const string NeitherMessage = "The file is neither a CSV, an Excel .xlsx workbook nor a vCard.";

    public static Error EmptyFile { get; } = Error.Validation("import.empty_file", "The file is empty.");

    public static Error XlsNotSupported { get; } = Error.Validation(
        "import.xls_not_supported",
        "Old Excel .xls files cannot be read: save the sheet as .xlsx or CSV.");

    public static Error Unreadable { get; } = Error.Validation("import.unreadable_file", NeitherMessage);

    public static Error NotAWorkbook { get; } = Error.Validation(
        "import.unreadable_file",
        $"The file is a zip archive that holds no Excel workbook. {NeitherMessage}");

    public static Error NoHeader { get; } = Error.Validation(
        "import.no_header",
        "The file has no header row: its first row must name the columns.");
}
