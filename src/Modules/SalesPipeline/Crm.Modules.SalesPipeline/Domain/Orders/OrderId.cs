using Crm.Shared.Kernel;

namespace Crm.Modules.SalesPipeline.Domain.Orders;

internal readonly record struct OrderId(Guid Value) : ITypedId, IComparable<OrderId>
{
    public static OrderId New() => new(TypedId.NewValue());

    public int CompareTo(OrderId other) => Value.CompareTo(other.Value);
}
