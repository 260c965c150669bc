using Crm.Shared.Kernel;

namespace Crm.Modules.Contacts.Domain.DuplicateScans;

internal readonly record struct DuplicateScanId(Guid Value) : ITypedId
{
    public static DuplicateScanId New() => new(TypedId.NewValue());
}
