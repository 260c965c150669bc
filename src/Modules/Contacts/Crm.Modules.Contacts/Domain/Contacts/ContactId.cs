using Crm.Shared.Kernel;

namespace Crm.Modules.Contacts.Domain.Contacts;

internal readonly record struct ContactId(Guid Value) : ITypedId, IComparable<ContactId>
{
    public static ContactId New() => new(TypedId.NewValue());

    public int CompareTo(ContactId other) => Value.CompareTo(other.Value);
}
