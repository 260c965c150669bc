using Crm.Shared.Kernel;

namespace Crm.Modules.Contacts.Domain.Exports;

internal readonly record struct ExportId(Guid Value) : ITypedId
{
    public static ExportId New() => new(TypedId.NewValue());
}
