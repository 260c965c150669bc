using Crm.Shared.Kernel;

namespace Crm.Modules.SalesPipeline.Domain.Deals;

internal readonly record struct DealId(Guid Value) : ITypedId, IComparable<DealId>
{
    public static DealId New() => new(TypedId.NewValue());

    public int CompareTo(DealId other) => Value.CompareTo(other.Value);
}
