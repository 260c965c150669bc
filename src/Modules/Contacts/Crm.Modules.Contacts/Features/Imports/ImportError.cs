namespace Crm.Modules.Contacts.Features.Imports;

/// <summary>Why a row of an import was left out: its line, the column, the reason. A row is taken whole or not at all.</summary>
internal sealed class ImportError
{
    public const int ColumnMaxLength = 200;
    public const int ReasonMaxLength = 500;

    public long Id { get; init; }

    public required Guid ImportId { get; init; }

    public required int Line { get; init; }

    /// <summary>The column's header as the file names it; empty when the reason is about the whole row.</summary>
    public required string Column { get; init; }

    /// <summary>The reason in English.</summary>
    public required string Reason { get; init; }

    /// <summary>The reason in French; null for errors recorded before imports spoke it, which keep their English.</summary>
    public string? FrenchReason { get; init; }

    public string ReasonIn(string language) => language == "en" ? Reason : FrenchReason ?? Reason;
}
