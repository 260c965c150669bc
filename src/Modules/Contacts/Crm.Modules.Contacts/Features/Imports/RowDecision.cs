using Crm.Modules.Contacts.Domain.Contacts;

namespace Crm.Modules.Contacts.Features.Imports;

internal enum RowAction
{
    Create,
    Update,
    Skip,
    Fail,
}

/// <summary>What a row of an import does: creates a contact, updates <see cref="Match"/>, is skipped as a duplicate, or fails on its <see cref="Problems"/>.</summary>
internal sealed record RowDecision(int Line, RowAction Action, ImportedRow? Row, Contact? Match, IReadOnlyList<RowProblem> Problems)
{
    /// <summary>For <see cref="RowAction.Create"/>: the details to create with (a later row of the file may have added to them).</summary>
    public ContactDetails? Details { get; set; }

    /// <summary>For a row adding to an earlier row of the file: the decision of that row, which creates the contact.</summary>
    public RowDecision? Earlier { get; init; }
}
