namespace Crm.Modules.SalesPipeline.Domain.Quotes;

internal enum QuoteStatus
{
    Draft,
    Sent,
    Accepted,
    Declined,
    Expired,
}
