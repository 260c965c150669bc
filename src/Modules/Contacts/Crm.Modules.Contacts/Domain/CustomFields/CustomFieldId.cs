using Crm.Shared.Kernel;

namespace Crm.Modules.Contacts.Domain.CustomFields;

internal readonly record struct CustomFieldId(Guid Value) : ITypedId
{
    public static CustomFieldId New() => new(TypedId.NewValue());
}
