using Crm.Shared.Kernel;

namespace Crm.Modules.Contacts.Domain.Notes;

internal readonly record struct NoteId(Guid Value) : ITypedId, IComparable<NoteId>
{
    public static NoteId New() => new(TypedId.NewValue());

    public int CompareTo(NoteId other) => Value.CompareTo(other.Value);
}
