namespace Crm.Modules.Contacts.Domain.Imports;

/// <summary>What the rows read so far became.</summary>
internal sealed record ImportCounts(int Rows, int Created, int Updated, int Skipped, int Failed)
{
    public static ImportCounts None { get; } = new(0, 0, 0, 0, 0);

    public ImportCounts Plus(ImportCounts other) =>
        new(Rows + other.Rows, Created + other.Created, Updated + other.Updated, Skipped + other.Skipped, Failed + other.Failed);
}
