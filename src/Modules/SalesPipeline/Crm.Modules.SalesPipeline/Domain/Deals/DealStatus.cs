namespace Crm.Modules.SalesPipeline.Domain.Deals;

internal enum DealStatus
{
    Open,
    Won,
    Lost,
}
