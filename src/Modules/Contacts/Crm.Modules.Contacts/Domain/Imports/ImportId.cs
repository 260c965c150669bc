using Crm.Shared.Kernel;

namespace Crm.Modules.Contacts.Domain.Imports;

internal readonly record struct ImportId(Guid Value) : ITypedId
{
    public static ImportId New() => new(TypedId.NewValue());
}
