using Crm.Modules.SalesPipeline.Domain.Quotes;
using Crm.Shared.Kernel;

namespace Crm.Modules.SalesPipeline.Domain.Orders;

/// <summary>What the customer ordered by accepting a quote: the quote's lines and totals, fixed from then on.</summary>
internal sealed class Order : AggregateRoot<OrderId>
{
    private readonly List<QuoteLine> _lines = [];

    private Order(OrderId id, string number, QuoteId quoteId, Guid dealId, string currency, DateTimeOffset placedAtUtc, Guid placedBy)
        : base(id)
    {
        Number = number;
        QuoteId = quoteId;
        DealId = dealId;
        Currency = currency;
        PlacedAtUtc = placedAtUtc;
        PlacedBy = placedBy;
    }

    public string Number { get; private init; }

    public QuoteId QuoteId { get; private init; }

    public Guid DealId { get; private init; }

    public string Currency { get; private init; }

    public IReadOnlyList<QuoteLine> Lines => _lines;

    public QuoteTotals Totals => QuoteTotals.Of(_lines);

    public DateTimeOffset PlacedAtUtc { get; private init; }

    public Guid PlacedBy { get; private init; }

    /// <summary>The order of an accepted quote; <paramref name="number"/> comes from the orders' own yearly sequence.</summary>
    public static Result<Order> Place(Quote quote, string number, Guid placedBy, DateTimeOffset now)
    {
        if (quote.Status != QuoteStatus.Accepted)
        {
            return Error.Conflict("order.quote_not_accepted", $"Quote {quote.DisplayNumber} is not accepted: only an accepted quote becomes an order.");
        }

        now = now.ToStoredPrecision();
        var order = new Order(OrderId.New(), number, quote.Id, quote.DealId, quote.Currency, now, placedBy);
        order._lines.AddRange(quote.Lines);
        var totals = order.Totals;
        order.Raise(new OrderPlaced(order.Id, quote.DealId, number, quote.Currency, totals.Net, totals.Gross, placedBy, now));
        return order;
    }
}
