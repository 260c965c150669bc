using Crm.Shared.Kernel;

namespace Crm.Modules.SalesPipeline.Domain.Quotes;

internal readonly record struct QuoteId(Guid Value) : ITypedId, IComparable<QuoteId>
{
    public static QuoteId New() => new(TypedId.NewValue());

    public int CompareTo(QuoteId other) => Value.CompareTo(other.Value);
}
