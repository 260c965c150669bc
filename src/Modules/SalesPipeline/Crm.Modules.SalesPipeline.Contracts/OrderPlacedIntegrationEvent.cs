using Crm.Shared.Kernel;

namespace Crm.Modules.SalesPipeline.Contracts;

/// <summary>An accepted quote became an order; amounts excluding (net) and including (gross) VAT, in <see cref="Currency"/>.</summary>
public sealed record OrderPlacedIntegrationEvent(
    Guid EventId,
    DateTimeOffset OccurredAtUtc,
    Guid OrderId,
    Guid DealId,
    string Number,
    string Currency,
    decimal Net,
    decimal Gross) : IIntegrationEvent;
