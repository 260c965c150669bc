using Crm.Shared.Kernel;

namespace Crm.Modules.Contacts.Domain.BulkActions;

internal readonly record struct BulkActionId(Guid Value) : ITypedId
{
    public static BulkActionId New() => new(TypedId.NewValue());
}
