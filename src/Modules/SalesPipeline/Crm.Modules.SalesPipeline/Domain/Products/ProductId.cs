using Crm.Shared.Kernel;

namespace Crm.Modules.SalesPipeline.Domain.Products;

internal readonly record struct ProductId(Guid Value) : ITypedId, IComparable<ProductId>
{
    public static ProductId New() => new(TypedId.NewValue());

    public int CompareTo(ProductId other) => Value.CompareTo(other.Value);
}
