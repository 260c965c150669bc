using Crm.Shared.Kernel;

namespace Crm.Modules.Contacts.Domain.Contacts;

internal readonly record struct ContactId(Guid Value) : ITypedId
{
    public static ContactId New() => new(TypedId.NewValue());
}
