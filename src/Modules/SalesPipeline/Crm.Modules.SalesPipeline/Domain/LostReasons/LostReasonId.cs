using Crm.Shared.Kernel;

namespace Crm.Modules.SalesPipeline.Domain.LostReasons;

internal readonly record struct LostReasonId(Guid Value) : ITypedId
{
    public static LostReasonId New() => new(TypedId.NewValue());
}
