namespace Crm.Modules.Contacts.Features.Imports;

/// <summary>
/// A piece of an uploaded file, kept in the database rather than on a disk so that whichever host process runs the
/// import can read it; deleted once the import is done.
/// </summary>
internal sealed class ImportFileChunk
{
    public const int Size = 1024 * 1024;

    public required Guid ImportId { get; init; }

    public required int Index { get; init; }

    public required byte[] Bytes { get; init; }
}
