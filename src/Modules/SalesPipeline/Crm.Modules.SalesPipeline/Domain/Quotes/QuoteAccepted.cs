using Crm.Shared.Kernel;

namespace Crm.Modules.SalesPipeline.Domain.Quotes;

/// <summary>
/// The customer accepted the quote. <paramref name="Net"/> and <paramref name="Gross"/> are in
/// <paramref name="Currency"/>; <paramref name="ProductIds"/> names each catalogue product of the lines once, in line order.
/// </summary>
internal sealed record QuoteAccepted(
    QuoteId QuoteId,
    Guid DealId,
    string Currency,
    decimal Net,
    decimal Gross,
    IReadOnlyList<Guid> ProductIds,
    Guid AcceptedBy,
    DateTimeOffset OccurredAtUtc) : IDomainEvent;
