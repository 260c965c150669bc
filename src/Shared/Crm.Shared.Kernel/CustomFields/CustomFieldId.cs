
namespace Crm.Shared.Kernel.CustomFields;

public readonly record struct CustomFieldId(Guid Value) : ITypedId
{
    public static CustomFieldId New() => new(TypedId.NewValue());
}
