using Crm.Shared.Kernel;

namespace Crm.Modules.Contacts.Domain.Views;

internal readonly record struct SavedViewId(Guid Value) : ITypedId
{
    public static SavedViewId New() => new(TypedId.NewValue());
}
