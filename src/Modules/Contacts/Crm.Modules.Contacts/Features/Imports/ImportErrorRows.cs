using Crm.Modules.Contacts.Domain.Imports;

namespace Crm.Modules.Contacts.Features.Imports;

internal static class ImportErrorRows
{
    public static ImportError Of(ImportId importId, RowProblem problem) => new()
    {
        ImportId = importId.Value,
        Line = problem.Line,
        Column = Cut(problem.Column, ImportError.ColumnMaxLength),
        Reason = Cut(problem.Reason.English, ImportError.ReasonMaxLength),
        FrenchReason = Cut(problem.Reason.French, ImportError.ReasonMaxLength),
    };

    private static string Cut(string text, int max) => ImportText.Clean(text) is var clean && clean.Length > max ? clean[..max] : clean;
}
