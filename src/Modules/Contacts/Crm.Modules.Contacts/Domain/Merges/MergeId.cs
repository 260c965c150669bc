using Crm.Shared.Kernel;

namespace Crm.Modules.Contacts.Domain.Merges;

internal readonly record struct MergeId(Guid Value) : ITypedId
{
    public static MergeId New() => new(TypedId.NewValue());
}
